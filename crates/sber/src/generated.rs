// @generated from specs/sber.yaml by `cargo xtask generate` — do not edit.
// Provider: sber. Edit the spec and regenerate instead.
#![allow(clippy::all, unused_imports, dead_code, missing_docs, unreachable_pub, rustdoc::all)]

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///An amount of the invoice list (`amount_create`, `amount_confirm`, `amount_current`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Amount {
        ///Amount in kopecks without separator (1 ₽ = `100`). With a cart, the sum of the lines' `item_amount`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Amount {
        pub fn builder() -> builder::Amount {
            Default::default()
        }
    }
    ///The card's issuing bank ("Данные банка-эмитента").
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BankInfo {
        ///Country code of the issuing bank (`RU`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_country_code: ::std::option::Option<::std::string::String>,
        ///Country name of the issuing bank (`Россия`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_country_name: ::std::option::Option<::std::string::String>,
        ///Bank logo URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_image: ::std::option::Option<::std::string::String>,
        ///Name of the issuing bank (`ПАО Сбербанк`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl BankInfo {
        pub fn builder() -> builder::BankInfo {
            Default::default()
        }
    }
    ///The `invoice` block of `invoice_confirm`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ConfirmInvoice {
        ///The amount and cart to confirm.
        pub order: ConfirmOrder,
    }
    impl ConfirmInvoice {
        pub fn builder() -> builder::ConfirmInvoice {
            Default::default()
        }
    }
    ///Body of `invoice_confirm` ("information about the confirmation of the invoice").
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ConfirmInvoiceRequest {
        ///The invoice block.
        pub invoice: ConfirmInvoice,
    }
    impl ConfirmInvoiceRequest {
        pub fn builder() -> builder::ConfirmInvoiceRequest {
            Default::default()
        }
    }
    ///What to charge of a held payment; the full amount, or less for a partial confirmation.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ConfirmOrder {
        ///Amount to confirm, in kopecks; with a cart, the sum of its `item_amount`s.
        pub amount: i64,
        ///Currency; only `RUB`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///The fiscal cart of the confirmed amount (reduced for a partial confirmation). Required for payment invoices, "otherwise the payment will not happen".
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub order_bundle: ::std::vec::Vec<OrderBundleItem>,
    }
    impl ConfirmOrder {
        pub fn builder() -> builder::ConfirmOrder {
            Default::default()
        }
    }
    ///Body of `invoice_create`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateInvoiceRequest {
        ///Everything about the purchase.
        pub invoice: NewInvoice,
        ///Payment type: `0` one-stage (default), `1` two-stage (money held, then `invoice_confirm` or `invoice_cancel`). Legacy pages call it required.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ptype: ::std::option::Option<i64>,
        ///The merchant's customer (partner token only; web payments).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<UserId>,
    }
    impl CreateInvoiceRequest {
        pub fn builder() -> builder::CreateInvoiceRequest {
            Default::default()
        }
    }
    ///Answer of `invoice_create`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateInvoiceResponse {
        ///Top-level response code, in SberDevices' types only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::payspec::Int>,
        ///The response code block (code 0 on success).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<ErrorObject>,
        ///Id of the new invoice: a string in the official example, a number in SberDevices' types; read as text. A third-party client treats its absence as a failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_id: ::std::option::Option<::payspec::Text>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CreateInvoiceResponse {
        pub fn builder() -> builder::CreateInvoiceResponse {
            Default::default()
        }
    }
    ///Delivery address.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct DeliveryAddress {
        ///Street, house, flat.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<::std::string::String>,
        ///City.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        ///Country (`RU`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
    }
    impl DeliveryAddress {
        pub fn builder() -> builder::DeliveryAddress {
            Default::default()
        }
    }
    ///`DeliveryAddress` as an answer carries it back; members the spec does not name are kept (`extra`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeliveryAddressAnswer {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl DeliveryAddressAnswer {
        pub fn builder() -> builder::DeliveryAddressAnswer {
            Default::default()
        }
    }
    ///Delivery parameters.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct DeliveryInfo {
        ///Delivery address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<DeliveryAddress>,
        ///Delivery type (`courier`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub delivery_type: ::std::option::Option<::std::string::String>,
        ///Extra delivery notes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
    }
    impl DeliveryInfo {
        pub fn builder() -> builder::DeliveryInfo {
            Default::default()
        }
    }
    ///`DeliveryInfo` as an answer carries it back, its address included; members the spec does not name are kept (`extra`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeliveryInfoAnswer {
        ///Delivery address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<DeliveryAddressAnswer>,
        ///Delivery type (`courier`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub delivery_type: ::std::option::Option<::std::string::String>,
        ///Extra delivery notes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl DeliveryInfoAnswer {
        pub fn builder() -> builder::DeliveryInfoAnswer {
            Default::default()
        }
    }
    ///The device a payment runs on. Sent in `invoice_start_payment` (the first five members) and returned in `payment_info.device_info`, where `surface`, `surface_version` and `user_channel` may also appear.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct DeviceInfo {
        ///Serial number (id) of the device.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_id: ::std::option::Option<::std::string::String>,
        ///Device manufacturer (`Apple`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_manufacturer: ::std::option::Option<::std::string::String>,
        ///Device model (`iPhone 7`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_model: ::std::option::Option<::std::string::String>,
        ///Operating system of the device (`iOS`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_platform_type: ::std::option::Option<::std::string::String>,
        ///Version of the operating system (`13.6.1`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_platform_version: ::std::option::Option<::std::string::String>,
        ///The assistant surface the payment ran on (`SBOL`). Answers only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub surface: ::std::option::Option<::std::string::String>,
        ///Version of the surface's software (`11.5.0`). Answers only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub surface_version: ::std::option::Option<::std::string::String>,
        ///User channel; only in Sber's SDK model (inferred). Answers only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_channel: ::std::option::Option<::std::string::String>,
    }
    impl DeviceInfo {
        pub fn builder() -> builder::DeviceInfo {
            Default::default()
        }
    }
    ///`DeviceInfo` as an answer carries it back; members the spec does not name are kept (`extra`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct DeviceInfoAnswer {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_manufacturer: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_model: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_platform_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_platform_version: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub surface: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub surface_version: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_channel: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl DeviceInfoAnswer {
        pub fn builder() -> builder::DeviceInfoAnswer {
            Default::default()
        }
    }
    /**Body of a refusal: `{"error": {"user_message", "error_description", "error_code"}}`,
plus the top-level `code` SberDevices' types add. Named by the root
`x-error-envelope` and declared as the `4XX` / `5XX` response of every operation.

**How a failure is signalled (our decision).** The reference pages document failures
as HTTP statuses (400 "bad input parameter", 401 "Access token is missing or invalid",
`default` "Unexpected error"), all with this body, while every success body also
carries `error` with `error_code` `"0"`. Because no code catalogue is published and
Sber's own (SaluteJS) and third-party clients read the JSON whatever the status, the
client treats as a refusal (a) any answer with HTTP status 400 or more, and (b) an
HTTP 200 body whose `error.error_code` is present and is neither `0` nor `200`
(`x-success-codes`). Anything else at 200 is a success: a missing or empty
`error_code` too (inferred; the client must not fail an answer over a blank code), which
is why `x-envelope` lists `""` beside the success codes. The code is
`error.error_code`, the messages `error.user_message` and `error.error_description`.
HTTP 401 and the code `401` are authentication errors; 403 is not (SaluteJS documents
it as an internal service error), see `ErrorObject.error_code`'s `x-known-codes`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ErrorEnvelope {
        ///Top-level response code (200 / 400 / 401 / 403) that SberDevices' types show on some answers; not in the official examples.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::payspec::Int>,
        ///The error: message for the user, technical description, code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<ErrorObject>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ErrorEnvelope {
        pub fn builder() -> builder::ErrorEnvelope {
            Default::default()
        }
    }
    /**The `error` member of every answer body: `{"user_message", "error_description",
"error_code"}`. On success `error_code` is `0` (`"0"` in the official examples) or `200`
(SberDevices' types) and the texts are empty. SaluteJS documents 200 success, 400
malformed request or parameter, 401 invalid or wrong token, 403 internal service error
(contact support); no other catalogue is published.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ErrorObject {
        ///Response code ("Код ответа"): a string in the docs' examples (`"0"`), a number in SberDevices' types; 0 or 200 mean success. Text, so that an empty or odd code never fails the whole answer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<::payspec::Text>,
        ///Technical description of the error ("Техническое описание ошибки").
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_description: ::std::option::Option<::std::string::String>,
        ///Message for the end user ("Сообщение для пользователя").
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_message: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ErrorObject {
        pub fn builder() -> builder::ErrorObject {
            Default::default()
        }
    }
    ///Answer of `invoice_get`. The start of the list (`code` to `payment_info`) is on the official read-invoice page, `payment_methods`, `cards` and `form_url` come from SberDevices' types, `image` and `receipts` from Sber's payment SDK.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct GetInvoiceResponse {
        ///The user's saved cards.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub cards: ::std::vec::Vec<SavedCard>,
        ///Response code (200 on success in SberDevices' types).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::payspec::Int>,
        ///The response code block (code 0 on success).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<ErrorObject>,
        ///Payment form URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_url: ::std::option::Option<::std::string::String>,
        ///Invoice or merchant picture URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        ///The invoice data sent at creation; only in a successful answer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice: ::std::option::Option<InvoiceInfo>,
        ///When the invoice was created, ISO 8601.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_date: ::std::option::Option<::std::string::String>,
        ///The invoice id (a string or a number).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_id: ::std::option::Option<::payspec::Text>,
        ///Current status.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_status: ::std::option::Option<
            crate::generated::types::InvoiceStatus,
        >,
        ///How the invoice was paid, once paid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_info: ::std::option::Option<PaymentInfo>,
        ///Payment options of an unpaid invoice.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_methods: ::std::option::Option<PaymentMethods>,
        ///Fiscal receipts; Sber's SDK model only, shape unknown (any JSON).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receipts: ::std::option::Option<::serde_json::Value>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl GetInvoiceResponse {
        pub fn builder() -> builder::GetInvoiceResponse {
            Default::default()
        }
    }
    ///Answer of `invoice_confirm`, `invoice_cancel` and `invoice_refund`: only the `error` block (code 0 on success).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoiceActionResponse {
        ///Top-level response code, in SberDevices' types only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::payspec::Int>,
        ///The response code block (code 0 on success).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<ErrorObject>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InvoiceActionResponse {
        pub fn builder() -> builder::InvoiceActionResponse {
            Default::default()
        }
    }
    ///The `invoice` block of `invoice_get`: all invoice data sent at creation.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoiceInfo {
        ///Delivery parameters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub delivery_info: ::std::option::Option<DeliveryInfoAnswer>,
        ///Free key/value marks of the purchase.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub invoice_params: ::std::vec::Vec<KeyValueAnswer>,
        ///The order with its cart.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order: ::std::option::Option<OrderInfo>,
        ///The buyer's contacts.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purchaser: ::std::option::Option<PurchaserAnswer>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InvoiceInfo {
        pub fn builder() -> builder::InvoiceInfo {
            Default::default()
        }
    }
    ///One invoice of `invoice_list` (the seed's `invoices` items). Required: `invoice_id`, the only member the list page's schema marks required (https://developers.sber.ru/docs/ru/va/about/monetization/payments/reference/get-invoices, "Список счетов", `invoices` items); the docs mark no other member, so nothing else is.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoiceListItem {
        ///Amount confirmed (charged), in kopecks.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_confirm: ::std::option::Option<Amount>,
        ///Amount when the invoice was created, in kopecks.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_create: ::std::option::Option<Amount>,
        ///Current amount (after refunds), in kopecks.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_current: ::std::option::Option<Amount>,
        ///ISO 4217 currency code (`RUB`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///Payment description for display to the client or printing.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Picture URL ("Ссылка на картинку").
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        ///When the invoice was created ("Дата создания счета"), ISO 8601 (`2020-04-29T08:18:03+03`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_date: ::std::option::Option<::std::string::String>,
        ///Invoice id ("Идентификатор счета"); a number in the seed's example, a string elsewhere.
        pub invoice_id: ::payspec::Text,
        ///Invoice status ("Статус счета").
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invoice_status: ::std::option::Option<
            crate::generated::types::InvoiceStatus,
        >,
        ///Language of the text fields, BCP 47 (`ru-RU`, `en-US`, `en-GB`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<::std::string::String>,
        ///Order number ("Номер заказа"); a number in the seed's example, a string at creation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_number: ::std::option::Option<::payspec::Text>,
        ///ИНН of the merchant organisation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub org_inn: ::std::option::Option<::std::string::String>,
        ///Name of the merchant organisation ("Наименование организации").
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub org_name: ::std::option::Option<::std::string::String>,
        ///How the invoice was paid.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_info: ::std::option::Option<PaymentInfo>,
        ///Trade name of the organisation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trade_name: ::std::option::Option<::std::string::String>,
        ///The merchant's trademarks separated by semicolons (`Ромашка;Romashka;Romashka street`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trademarks: ::std::option::Option<::std::string::String>,
        ///Amount for display, formatted (`1 500,45 ₽`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub visual_amount: ::std::option::Option<::std::string::String>,
        ///Operation name for display (`Покупка/продление подписки`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub visual_name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InvoiceListItem {
        pub fn builder() -> builder::InvoiceListItem {
            Default::default()
        }
    }
    ///Answer of `invoice_list`: the invoices in a Spring Data page wrapper, with the `error` block every answer carries.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoiceListPage {
        ///This page has no invoices.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub empty: ::std::option::Option<bool>,
        ///The response code block (code 0 on success).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<ErrorObject>,
        ///This is the first page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first: ::std::option::Option<bool>,
        ///The invoices of this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub invoices: ::std::vec::Vec<InvoiceListItem>,
        ///This is the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last: ::std::option::Option<bool>,
        ///Number of this page, from 0.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub number: ::std::option::Option<i64>,
        ///Invoices on this page.
        #[serde(
            rename = "numberOfElements",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub number_of_elements: ::std::option::Option<i64>,
        ///The page request.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pageable: ::std::option::Option<Pageable>,
        ///Page size.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<i64>,
        ///Sorting state.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sort: ::std::option::Option<PageSort>,
        ///Invoices matching the filters, over all pages.
        #[serde(
            rename = "totalElements",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_elements: ::std::option::Option<i64>,
        ///Number of pages.
        #[serde(
            rename = "totalPages",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_pages: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InvoiceListPage {
        pub fn builder() -> builder::InvoiceListPage {
            Default::default()
        }
    }
    ///A free key/value mark: `invoice_params` of the invoice (to label the purchase) and `item_params` of a cart line. The docs require both members.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct KeyValue {
        ///The key (`packageName`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        ///The value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl KeyValue {
        pub fn builder() -> builder::KeyValue {
            Default::default()
        }
    }
    ///`KeyValue` as an answer carries it back; members the spec does not name are kept (`extra`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct KeyValueAnswer {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl KeyValueAnswer {
        pub fn builder() -> builder::KeyValueAnswer {
            Default::default()
        }
    }
    ///Bonuses used in the payment ("Информация по бонусам после оплаты"); present only when bonuses were used.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct LoyaltyInfo {
        ///Amount used to accrue points for the order, in kopecks (123.50 = `12350`). SberDevices' types spell it `award_bous`, a typo; the docs and Sber's SDK use `award_bonus`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub award_bonus: ::std::option::Option<i64>,
        ///Points-to-roubles rate: 100 points / 1.25 = 80 ₽ (100 points spent, the payment reduced by 80 ₽).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub change_rate: ::std::option::Option<::payspec::DecimalNumber>,
        ///Picture URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        ///Bonus points spent on the invoice, in kopecks (123.50 points = `12350`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_bonus: ::std::option::Option<i64>,
        ///Loyalty programme code (`sbrf_spasibo`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_code: ::std::option::Option<::std::string::String>,
        ///Loyalty programme name (`Сбербанк Спасибо`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl LoyaltyInfo {
        pub fn builder() -> builder::LoyaltyInfo {
            Default::default()
        }
    }
    ///The `invoice` block of `invoice_create`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct NewInvoice {
        ///Delivery parameters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub delivery_info: ::std::option::Option<DeliveryInfo>,
        ///Free key/value marks of the purchase.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub invoice_params: ::std::vec::Vec<KeyValue>,
        ///The order.
        pub order: Order,
        ///The buyer's contacts (e-mail or phone) for the receipt.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purchaser: ::std::option::Option<Purchaser>,
    }
    impl NewInvoice {
        pub fn builder() -> builder::NewInvoice {
            Default::default()
        }
    }
    ///The order of a new invoice. Required as the reference marks it; `purpose`, `description` and `language` are required by SberDevices' own types (the official flags were not readable): send them.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Order {
        ///Order total in kopecks; must equal the sum of the cart lines' `item_amount`.
        pub amount: i64,
        ///When a two-stage payment is completed automatically, ISO 8601 (two-stage only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub autocompletion_date: ::std::option::Option<::std::string::String>,
        ///ISO 4217 currency code (`RUB`).
        pub currency: ::std::string::String,
        ///Payment description shown to the payer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Payment deadline, ISO 8601; default 20 minutes after registration.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expiration_date: ::std::option::Option<::std::string::String>,
        ///Language of all text fields, BCP 47 (`ru-RU`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<::std::string::String>,
        ///The fiscal cart. Required for payment invoices ("otherwise the payment will not happen"); may be left out only for pre-authorisation invoices.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub order_bundle: ::std::vec::Vec<OrderBundleItem>,
        ///Date and time of the order, ISO 8601 (`2020-04-29T08:17:03+03`).
        pub order_date: ::std::string::String,
        ///The merchant's order id; unique within the `service_id`, otherwise no new invoice is created. Also the key of the lookup in `invoice_get`.
        pub order_id: ::std::string::String,
        ///Order number shown to the buyer; keep it short and readable.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_number: ::std::option::Option<::std::string::String>,
        ///Name of the merchant's legal entity / purpose of the payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purpose: ::std::option::Option<::std::string::String>,
        ///The service id issued with the token.
        pub service_id: ::std::string::String,
        ///Taxation system: `0` ОСН (general), `1` УСН доход (simplified, income), `2` УСН доход минус расход (simplified, income minus expenses), `3` ЕНВД, `4` ЕСХН, `5` патент. A plain integer: further codes may appear.
        pub tax_system: i64,
    }
    impl Order {
        pub fn builder() -> builder::Order {
            Default::default()
        }
    }
    ///A cart line (товарная позиция) as the merchant sends it: `invoice_create`, `invoice_confirm`, `invoice_refund`. `position_id` is required by the docs; the other required members follow SberDevices' types. `item_amount` = `item_price` × quantity, and the lines add up to the order amount. Answers use `OrderBundleItemInfo`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OrderBundleItem {
        ///ISO 4217 currency code (`RUB`).
        pub currency: ::std::string::String,
        ///Discount type; known value `percent`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub discount_type: ::std::option::Option<::std::string::String>,
        ///Discount value (`5.25`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub discount_value: ::std::option::Option<::payspec::DecimalNumber>,
        ///Picture of the item (URL); seen in a public script and Sber's SDK (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        ///Agent commission type, agent scheme only; known value `agentPercent`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub interest_type: ::std::option::Option<::std::string::String>,
        ///Agent commission value (`15.105`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub interest_value: ::std::option::Option<::payspec::DecimalNumber>,
        ///Total of the line in kopecks (`item_price` × quantity).
        pub item_amount: i64,
        ///The merchant's item id; unique within the request.
        pub item_code: ::std::string::String,
        ///Extra attributes of the item.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub item_params: ::std::vec::Vec<KeyValue>,
        ///Price of one unit in kopecks.
        pub item_price: i64,
        ///Name or description of the item.
        pub name: ::std::string::String,
        ///Position number in the fiscal receipt; unique within the order.
        pub position_id: i64,
        ///Number of units and unit.
        pub quantity: Quantity,
        ///VAT amount computed by the seller, in kopecks.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_sum: ::std::option::Option<i64>,
        ///VAT rate: `0` without VAT, `1` 0 %, `2` 10 %, `3` 18 % (obsolete), `4` 10/110, `5` 18/118 (obsolete), `6` 20 %, `7` 20/120. (0 % differs from "without VAT" only in how the receipt is formed.) A plain integer: codes for the newer 5 %, 7 % and 22 % rates are not documented yet.
        pub tax_type: i64,
    }
    impl OrderBundleItem {
        pub fn builder() -> builder::OrderBundleItem {
            Default::default()
        }
    }
    ///A cart line as SmartPay returns it (`invoice.order.order_bundle` of `invoice_get`): the members of `OrderBundleItem`, none required, plus `item_code_sp` (Sber's SDK only).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OrderBundleItemInfo {
        ///ISO 4217 currency code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///Discount type (`percent`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub discount_type: ::std::option::Option<::std::string::String>,
        ///Discount value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub discount_value: ::std::option::Option<::payspec::DecimalNumber>,
        ///Picture of the item (URL).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        ///Agent commission type (`agentPercent`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub interest_type: ::std::option::Option<::std::string::String>,
        ///Agent commission value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub interest_value: ::std::option::Option<::payspec::DecimalNumber>,
        ///Total of the line in kopecks.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub item_amount: ::std::option::Option<i64>,
        ///The merchant's item id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub item_code: ::std::option::Option<::std::string::String>,
        ///Item code on SmartPay's side; Sber's SDK model only (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub item_code_sp: ::std::option::Option<::std::string::String>,
        ///Extra attributes of the item.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub item_params: ::std::vec::Vec<KeyValueAnswer>,
        ///Price of one unit in kopecks.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub item_price: ::std::option::Option<i64>,
        ///Name of the item.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Position number in the fiscal receipt.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub position_id: ::std::option::Option<i64>,
        ///Number of units and unit.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<QuantityAnswer>,
        ///VAT amount in kopecks.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_sum: ::std::option::Option<i64>,
        ///VAT rate code (see `OrderBundleItem.tax_type`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_type: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OrderBundleItemInfo {
        pub fn builder() -> builder::OrderBundleItemInfo {
            Default::default()
        }
    }
    ///The order as SmartPay returns it (`invoice.order` of `invoice_get`): the members sent at creation plus, in Sber's SDK model (inferred), `purchase_id`, `trade_name`, `org_name`, `org_inn`, `visual_name`, `visual_amount`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OrderInfo {
        ///Order total in kopecks.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<i64>,
        ///Automatic completion time (two-stage).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub autocompletion_date: ::std::option::Option<::std::string::String>,
        ///ISO 4217 currency code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///Payment description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Payment deadline.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expiration_date: ::std::option::Option<::std::string::String>,
        ///Language of the texts (`ru-RU`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<::std::string::String>,
        ///The cart.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub order_bundle: ::std::vec::Vec<OrderBundleItemInfo>,
        ///Date and time of the order, ISO 8601.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_date: ::std::option::Option<::std::string::String>,
        ///The merchant's order id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_id: ::std::option::Option<::payspec::Text>,
        ///Order number shown to the buyer (a string or a number).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_number: ::std::option::Option<::payspec::Text>,
        ///ИНН of the merchant organisation; Sber's SDK model only (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub org_inn: ::std::option::Option<::std::string::String>,
        ///Name of the merchant organisation; Sber's SDK model only (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub org_name: ::std::option::Option<::std::string::String>,
        ///Purchase id; Sber's SDK model only (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purchase_id: ::std::option::Option<::std::string::String>,
        ///Merchant's legal entity / purpose.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purpose: ::std::option::Option<::std::string::String>,
        ///The merchant's service id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_id: ::std::option::Option<::payspec::Text>,
        ///Taxation system code (see `Order.tax_system`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tax_system: ::std::option::Option<i64>,
        ///Trade name of the merchant; Sber's SDK model only (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trade_name: ::std::option::Option<::std::string::String>,
        ///Amount for display (`1 500,45 ₽`); Sber's SDK model only (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub visual_amount: ::std::option::Option<::std::string::String>,
        ///Operation name for display; Sber's SDK model only (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub visual_name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OrderInfo {
        pub fn builder() -> builder::OrderInfo {
            Default::default()
        }
    }
    ///Sorting state of the page (Spring Data `Sort`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PageSort {
        ///No sort order is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub empty: ::std::option::Option<bool>,
        ///The page is sorted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sorted: ::std::option::Option<bool>,
        ///The page is unsorted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unsorted: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PageSort {
        pub fn builder() -> builder::PageSort {
            Default::default()
        }
    }
    ///The page request (Spring Data `Pageable`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Pageable {
        ///Offset of the first record of this page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub offset: ::std::option::Option<i64>,
        ///Number of this page, from 0.
        #[serde(
            rename = "pageNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_number: ::std::option::Option<i64>,
        ///Records per page.
        #[serde(
            rename = "pageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<i64>,
        ///Paging is on.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paged: ::std::option::Option<bool>,
        ///Sorting state.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sort: ::std::option::Option<PageSort>,
        ///Paging is off.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub unpaged: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Pageable {
        pub fn builder() -> builder::Pageable {
            Default::default()
        }
    }
    ///How the invoice was paid ("Данные банковской карты (связки)"): date, payment id, device, bonuses, card, payment service and method, issuing bank. Present once paid.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaymentInfo {
        ///The card's issuing bank.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_info: ::std::option::Option<BankInfo>,
        ///Token of the saved card used, if any (read-invoice page).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub card_id: ::std::option::Option<::std::string::String>,
        ///Cardholder name given at payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cardholder: ::std::option::Option<::std::string::String>,
        ///The device the payment ran on.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_info: ::std::option::Option<DeviceInfoAnswer>,
        ///Card expiry, `YYYYMM` (`201912`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expiry_date: ::std::option::Option<::std::string::String>,
        ///Card logo URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        ///Bonuses used, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub loyalty_info: ::std::option::Option<LoyaltyInfo>,
        ///Masked card number (`**1111`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub masked_pan: ::std::option::Option<::std::string::String>,
        ///Name the payer gave the saved card, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The merchant's customer id; Sber's SDK model only (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_client_id: ::std::option::Option<::std::string::String>,
        ///Date and time of payment, RFC 3339 (`2024-07-29T15:51:28.071Z`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_date: ::std::option::Option<::std::string::String>,
        ///Id of the payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_id: ::std::option::Option<::std::string::String>,
        ///Payment parameters; Sber's SDK model only, shape unknown (any JSON).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_params: ::std::option::Option<::serde_json::Value>,
        ///Card scheme (`Visa`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_system: ::std::option::Option<::std::string::String>,
        ///Card scheme logo URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_system_image: ::std::option::Option<::std::string::String>,
        ///Payment method name (`Sber Pay`). Plain string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_way: ::std::option::Option<::std::string::String>,
        ///Payment method code (`SberPay`). Plain string; new methods may appear.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_way_code: ::std::option::Option<::std::string::String>,
        ///Payment method logo URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_way_logo: ::std::option::Option<::std::string::String>,
        ///Payment operator / service that processed the payment (`Эквайринг Сбербанка`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paysys: ::std::option::Option<::std::string::String>,
        ///Code of the payment operator; Sber's SDK model only (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paysys_code: ::std::option::Option<::std::string::String>,
        ///Logo URL of the payment operator.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paysys_image: ::std::option::Option<::std::string::String>,
        ///Payment status; Sber's SDK model only, values unknown (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PaymentInfo {
        pub fn builder() -> builder::PaymentInfo {
            Default::default()
        }
    }
    ///One payment option offered for an unpaid invoice.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaymentMethod {
        ///Caption of the payment button.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub action: ::std::option::Option<::std::string::String>,
        ///Option code (`card`, `QR`, `new`). Plain string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub method: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PaymentMethod {
        pub fn builder() -> builder::PaymentMethod {
            Default::default()
        }
    }
    ///Payment options of an unpaid invoice (button captions).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaymentMethods {
        ///The options (an array, or one object).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub methods: ::std::option::Option<
            ::payspec::LenientList<crate::generated::types::PaymentMethod>,
        >,
        ///Optional message for the user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_message: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PaymentMethods {
        pub fn builder() -> builder::PaymentMethods {
            Default::default()
        }
    }
    ///One operation of `invoice_start_payment`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct PaymentOperation {
        ///For `payment`: the instrument (`new`, `card`, `QR`, `app2sbol`, `invoice`, `applestore`, `googleplay`, `applepay`, `googlepay`; the SDK also sends `sbp`, `mobile_b`, `tinkoff_p`, and `add` with `binding`). For `payment_loyalty_points`: the loyalty programme code (`sbrf_spasibo`). Plain string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///`payment`, `prepare_payment` or `payment_loyalty_points` (Sber's SDK also uses `binding`, `recurrent_loyalty_points`). Plain string.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operation: ::std::option::Option<::std::string::String>,
        ///For `payment`: the id matching `code` (for `card` the saved card id; `"0"` for a new card, `app2sbol`, `sbp`). For `payment_loyalty_points`: points to spend in kopecks (123.50 points = `12350`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl PaymentOperation {
        pub fn builder() -> builder::PaymentOperation {
            Default::default()
        }
    }
    ///The buyer's contacts; the fiscal receipt is sent to them. `email` is required when `phone` is absent and vice versa.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Purchaser {
        ///Preferred contact channel, up to 50 characters (`email`, `phone`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contact: ::std::option::Option<::std::string::String>,
        ///E-mail, up to 100 characters; several addresses separated by commas.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Phone number, up to 50 characters (`9123456789`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
    }
    impl Purchaser {
        pub fn builder() -> builder::Purchaser {
            Default::default()
        }
    }
    ///`Purchaser` as an answer carries it back; members the spec does not name are kept (`extra`). The request side (`Purchaser`) has no remainder, so that its builder needs nothing but the documented members.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PurchaserAnswer {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contact: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PurchaserAnswer {
        pub fn builder() -> builder::PurchaserAnswer {
            Default::default()
        }
    }
    ///Quantity of a cart line. Both members are required by the server.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Quantity {
        ///Unit (`шт`, `кг.`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub measure: ::std::option::Option<::std::string::String>,
        ///Number of units, `.` as decimal separator (`1`, `0.5`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::payspec::DecimalNumber>,
    }
    impl Quantity {
        pub fn builder() -> builder::Quantity {
            Default::default()
        }
    }
    ///`Quantity` as an answer carries it back; members the spec does not name are kept (`extra`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct QuantityAnswer {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub measure: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::payspec::DecimalNumber>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl QuantityAnswer {
        pub fn builder() -> builder::QuantityAnswer {
            Default::default()
        }
    }
    ///The `invoice` block of `invoice_refund`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RefundInvoice {
        ///Order data of the refund.
        pub order: RefundOrder,
    }
    impl RefundInvoice {
        pub fn builder() -> builder::RefundInvoice {
            Default::default()
        }
    }
    ///Body of `invoice_refund` ("information about the refund: amount and refund basket").
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RefundInvoiceRequest {
        ///The refund basket.
        pub invoice: RefundInvoice,
    }
    impl RefundInvoiceRequest {
        pub fn builder() -> builder::RefundInvoiceRequest {
            Default::default()
        }
    }
    ///The amounts and lines of a refund.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RefundOrder {
        ///Currency; only `RUB`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///The invoice's current amount before this refund, in kopecks.
        pub current_amount: i64,
        ///The refund basket (the lines refunded).
        pub order_bundle: ::std::vec::Vec<OrderBundleItem>,
        ///Amount to refund now, in kopecks.
        pub refund_amount: i64,
    }
    impl RefundOrder {
        pub fn builder() -> builder::RefundOrder {
            Default::default()
        }
    }
    ///A saved card of the user (`cards` of `invoice_get`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SavedCard {
        ///The card's issuing bank.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bank_info: ::std::option::Option<BankInfo>,
        ///Card id (pass it as `value` with code `card` to `invoice_start_payment`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub card_id: ::std::option::Option<::std::string::String>,
        ///Cardholder name given at payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cardholder: ::std::option::Option<::std::string::String>,
        ///Expiry, `YYYYMM`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expiry_date: ::std::option::Option<::std::string::String>,
        ///Card logo URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        ///Masked card number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub masked_pan: ::std::option::Option<::std::string::String>,
        ///Name the client gave the card.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Card scheme.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_system: ::std::option::Option<::std::string::String>,
        ///Card scheme logo URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_system_image: ::std::option::Option<::std::string::String>,
        ///Payment operator.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paysys: ::std::option::Option<::std::string::String>,
        ///Logo URL of the payment operator.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paysys_image: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SavedCard {
        pub fn builder() -> builder::SavedCard {
            Default::default()
        }
    }
    ///Body of `invoice_start_payment` (the payment instrument).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct StartPaymentRequest {
        ///The paying device (optional).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_info: ::std::option::Option<DeviceInfo>,
        ///Redirect after a failed payment; Sber's SDK model only (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fail_url: ::std::option::Option<::std::string::String>,
        ///What to do; usually one `payment` operation.
        pub operations: ::std::vec::Vec<PaymentOperation>,
        ///Deep link back into the app after payment; Sber's SDK model only (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub return_deeplink: ::std::option::Option<::std::string::String>,
        ///Return URL after payment; Sber's SDK model only (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub return_url: ::std::option::Option<::std::string::String>,
        ///Redirect after a successful payment; Sber's SDK model only (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success_url: ::std::option::Option<::std::string::String>,
        ///The merchant's customer; required for web payments (partner token).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_id: ::std::option::Option<UserId>,
    }
    impl StartPaymentRequest {
        pub fn builder() -> builder::StartPaymentRequest {
            Default::default()
        }
    }
    ///Answer of `invoice_start_payment`. Only `form_url` and `error` are known (the page's answer schema was not readable).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct StartPaymentResponse {
        ///Top-level response code, in SberDevices' types only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::payspec::Int>,
        ///The response code block (code 0 on success).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<ErrorObject>,
        ///The payment form URL to redirect the client's browser to (or to show as a QR code).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub form_url: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl StartPaymentResponse {
        pub fn builder() -> builder::StartPaymentResponse {
            Default::default()
        }
    }
    ///The merchant's own customer, for calls made with a partner token on a customer's behalf (web and QR payments; the list filter takes the same members as flat query parameters). The docs define it as one of four single-member objects: set exactly one member. `partner_client_id` must be enabled by Sber support (developer@sberdevices.ru, quoting the SmartPay project id).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UserId {
        ///The assistant's user id (in scenarios `$request.rawRequest.uuid.sub`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub encrypted_sub_id: ::std::option::Option<::std::string::String>,
        ///The merchant's own (external) customer id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_client_id: ::std::option::Option<::std::string::String>,
        ///A sub-id of the merchant's customer (meaning not documented in the readable sources).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partner_client_sub_id: ::std::option::Option<::std::string::String>,
        ///A user id (meaning not documented in the readable sources).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_uid: ::std::option::Option<::std::string::String>,
    }
    impl UserId {
        pub fn builder() -> builder::UserId {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Amount {
            amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Amount {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Amount {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
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
        impl ::std::convert::TryFrom<Amount> for super::Amount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Amount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Amount> for Amount {
            fn from(value: super::Amount) -> Self {
                Self {
                    amount: Ok(value.amount),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BankInfo {
            bank_country_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            bank_country_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            bank_image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            bank_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BankInfo {
            fn default() -> Self {
                Self {
                    bank_country_code: Ok(Default::default()),
                    bank_country_name: Ok(Default::default()),
                    bank_image: Ok(Default::default()),
                    bank_name: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl BankInfo {
            pub fn bank_country_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.bank_country_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for bank_country_code: {e}"
                        )
                    });
                self
            }
            pub fn bank_country_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.bank_country_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for bank_country_name: {e}"
                        )
                    });
                self
            }
            pub fn bank_image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.bank_image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bank_image: {e}")
                    });
                self
            }
            pub fn bank_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.bank_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bank_name: {e}")
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
        impl ::std::convert::TryFrom<BankInfo> for super::BankInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BankInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bank_country_code: value.bank_country_code?,
                    bank_country_name: value.bank_country_name?,
                    bank_image: value.bank_image?,
                    bank_name: value.bank_name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::BankInfo> for BankInfo {
            fn from(value: super::BankInfo) -> Self {
                Self {
                    bank_country_code: Ok(value.bank_country_code),
                    bank_country_name: Ok(value.bank_country_name),
                    bank_image: Ok(value.bank_image),
                    bank_name: Ok(value.bank_name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConfirmInvoice {
            order: ::std::result::Result<super::ConfirmOrder, ::std::string::String>,
        }
        impl ::std::default::Default for ConfirmInvoice {
            fn default() -> Self {
                Self {
                    order: Err("no value supplied for order".to_string()),
                }
            }
        }
        impl ConfirmInvoice {
            pub fn order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConfirmOrder>,
                T::Error: ::std::fmt::Display,
            {
                self.order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConfirmInvoice> for super::ConfirmInvoice {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConfirmInvoice,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { order: value.order? })
            }
        }
        impl ::std::convert::From<super::ConfirmInvoice> for ConfirmInvoice {
            fn from(value: super::ConfirmInvoice) -> Self {
                Self { order: Ok(value.order) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConfirmInvoiceRequest {
            invoice: ::std::result::Result<super::ConfirmInvoice, ::std::string::String>,
        }
        impl ::std::default::Default for ConfirmInvoiceRequest {
            fn default() -> Self {
                Self {
                    invoice: Err("no value supplied for invoice".to_string()),
                }
            }
        }
        impl ConfirmInvoiceRequest {
            pub fn invoice<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConfirmInvoice>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invoice: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConfirmInvoiceRequest>
        for super::ConfirmInvoiceRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConfirmInvoiceRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { invoice: value.invoice? })
            }
        }
        impl ::std::convert::From<super::ConfirmInvoiceRequest>
        for ConfirmInvoiceRequest {
            fn from(value: super::ConfirmInvoiceRequest) -> Self {
                Self { invoice: Ok(value.invoice) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConfirmOrder {
            amount: ::std::result::Result<i64, ::std::string::String>,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order_bundle: ::std::result::Result<
                ::std::vec::Vec<super::OrderBundleItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConfirmOrder {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    currency: Ok(Default::default()),
                    order_bundle: Ok(Default::default()),
                }
            }
        }
        impl ConfirmOrder {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
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
            pub fn order_bundle<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrderBundleItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_bundle = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_bundle: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConfirmOrder> for super::ConfirmOrder {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConfirmOrder,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                    order_bundle: value.order_bundle?,
                })
            }
        }
        impl ::std::convert::From<super::ConfirmOrder> for ConfirmOrder {
            fn from(value: super::ConfirmOrder) -> Self {
                Self {
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                    order_bundle: Ok(value.order_bundle),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateInvoiceRequest {
            invoice: ::std::result::Result<super::NewInvoice, ::std::string::String>,
            ptype: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<super::UserId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateInvoiceRequest {
            fn default() -> Self {
                Self {
                    invoice: Err("no value supplied for invoice".to_string()),
                    ptype: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                }
            }
        }
        impl CreateInvoiceRequest {
            pub fn invoice<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::NewInvoice>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invoice: {e}")
                    });
                self
            }
            pub fn ptype<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.ptype = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ptype: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserId>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateInvoiceRequest>
        for super::CreateInvoiceRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateInvoiceRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    invoice: value.invoice?,
                    ptype: value.ptype?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateInvoiceRequest> for CreateInvoiceRequest {
            fn from(value: super::CreateInvoiceRequest) -> Self {
                Self {
                    invoice: Ok(value.invoice),
                    ptype: Ok(value.ptype),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateInvoiceResponse {
            code: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<super::ErrorObject>,
                ::std::string::String,
            >,
            invoice_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateInvoiceResponse {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    error: Ok(Default::default()),
                    invoice_id: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl CreateInvoiceResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ErrorObject>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn invoice_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invoice_id: {e}")
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
        impl ::std::convert::TryFrom<CreateInvoiceResponse>
        for super::CreateInvoiceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateInvoiceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    error: value.error?,
                    invoice_id: value.invoice_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CreateInvoiceResponse>
        for CreateInvoiceResponse {
            fn from(value: super::CreateInvoiceResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    error: Ok(value.error),
                    invoice_id: Ok(value.invoice_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeliveryAddress {
            address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeliveryAddress {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                    city: Ok(Default::default()),
                    country: Ok(Default::default()),
                }
            }
        }
        impl DeliveryAddress {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for city: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeliveryAddress> for super::DeliveryAddress {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeliveryAddress,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    city: value.city?,
                    country: value.country?,
                })
            }
        }
        impl ::std::convert::From<super::DeliveryAddress> for DeliveryAddress {
            fn from(value: super::DeliveryAddress) -> Self {
                Self {
                    address: Ok(value.address),
                    city: Ok(value.city),
                    country: Ok(value.country),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeliveryAddressAnswer {
            address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeliveryAddressAnswer {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                    city: Ok(Default::default()),
                    country: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl DeliveryAddressAnswer {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for city: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
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
        impl ::std::convert::TryFrom<DeliveryAddressAnswer>
        for super::DeliveryAddressAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeliveryAddressAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    city: value.city?,
                    country: value.country?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::DeliveryAddressAnswer>
        for DeliveryAddressAnswer {
            fn from(value: super::DeliveryAddressAnswer) -> Self {
                Self {
                    address: Ok(value.address),
                    city: Ok(value.city),
                    country: Ok(value.country),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeliveryInfo {
            address: ::std::result::Result<
                ::std::option::Option<super::DeliveryAddress>,
                ::std::string::String,
            >,
            delivery_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeliveryInfo {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                    delivery_type: Ok(Default::default()),
                    description: Ok(Default::default()),
                }
            }
        }
        impl DeliveryInfo {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeliveryAddress>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            pub fn delivery_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.delivery_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delivery_type: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeliveryInfo> for super::DeliveryInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeliveryInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    delivery_type: value.delivery_type?,
                    description: value.description?,
                })
            }
        }
        impl ::std::convert::From<super::DeliveryInfo> for DeliveryInfo {
            fn from(value: super::DeliveryInfo) -> Self {
                Self {
                    address: Ok(value.address),
                    delivery_type: Ok(value.delivery_type),
                    description: Ok(value.description),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeliveryInfoAnswer {
            address: ::std::result::Result<
                ::std::option::Option<super::DeliveryAddressAnswer>,
                ::std::string::String,
            >,
            delivery_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeliveryInfoAnswer {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                    delivery_type: Ok(Default::default()),
                    description: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl DeliveryInfoAnswer {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeliveryAddressAnswer>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            pub fn delivery_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.delivery_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delivery_type: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
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
        impl ::std::convert::TryFrom<DeliveryInfoAnswer> for super::DeliveryInfoAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeliveryInfoAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    delivery_type: value.delivery_type?,
                    description: value.description?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::DeliveryInfoAnswer> for DeliveryInfoAnswer {
            fn from(value: super::DeliveryInfoAnswer) -> Self {
                Self {
                    address: Ok(value.address),
                    delivery_type: Ok(value.delivery_type),
                    description: Ok(value.description),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeviceInfo {
            device_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            device_manufacturer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            device_model: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            device_platform_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            device_platform_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            surface: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            surface_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_channel: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeviceInfo {
            fn default() -> Self {
                Self {
                    device_id: Ok(Default::default()),
                    device_manufacturer: Ok(Default::default()),
                    device_model: Ok(Default::default()),
                    device_platform_type: Ok(Default::default()),
                    device_platform_version: Ok(Default::default()),
                    surface: Ok(Default::default()),
                    surface_version: Ok(Default::default()),
                    user_channel: Ok(Default::default()),
                }
            }
        }
        impl DeviceInfo {
            pub fn device_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for device_id: {e}")
                    });
                self
            }
            pub fn device_manufacturer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device_manufacturer = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for device_manufacturer: {e}"
                        )
                    });
                self
            }
            pub fn device_model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device_model = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for device_model: {e}")
                    });
                self
            }
            pub fn device_platform_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device_platform_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for device_platform_type: {e}"
                        )
                    });
                self
            }
            pub fn device_platform_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device_platform_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for device_platform_version: {e}"
                        )
                    });
                self
            }
            pub fn surface<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.surface = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for surface: {e}")
                    });
                self
            }
            pub fn surface_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.surface_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for surface_version: {e}"
                        )
                    });
                self
            }
            pub fn user_channel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_channel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_channel: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeviceInfo> for super::DeviceInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeviceInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    device_id: value.device_id?,
                    device_manufacturer: value.device_manufacturer?,
                    device_model: value.device_model?,
                    device_platform_type: value.device_platform_type?,
                    device_platform_version: value.device_platform_version?,
                    surface: value.surface?,
                    surface_version: value.surface_version?,
                    user_channel: value.user_channel?,
                })
            }
        }
        impl ::std::convert::From<super::DeviceInfo> for DeviceInfo {
            fn from(value: super::DeviceInfo) -> Self {
                Self {
                    device_id: Ok(value.device_id),
                    device_manufacturer: Ok(value.device_manufacturer),
                    device_model: Ok(value.device_model),
                    device_platform_type: Ok(value.device_platform_type),
                    device_platform_version: Ok(value.device_platform_version),
                    surface: Ok(value.surface),
                    surface_version: Ok(value.surface_version),
                    user_channel: Ok(value.user_channel),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeviceInfoAnswer {
            device_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            device_manufacturer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            device_model: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            device_platform_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            device_platform_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            surface: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            surface_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_channel: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeviceInfoAnswer {
            fn default() -> Self {
                Self {
                    device_id: Ok(Default::default()),
                    device_manufacturer: Ok(Default::default()),
                    device_model: Ok(Default::default()),
                    device_platform_type: Ok(Default::default()),
                    device_platform_version: Ok(Default::default()),
                    surface: Ok(Default::default()),
                    surface_version: Ok(Default::default()),
                    user_channel: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl DeviceInfoAnswer {
            pub fn device_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for device_id: {e}")
                    });
                self
            }
            pub fn device_manufacturer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device_manufacturer = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for device_manufacturer: {e}"
                        )
                    });
                self
            }
            pub fn device_model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device_model = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for device_model: {e}")
                    });
                self
            }
            pub fn device_platform_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device_platform_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for device_platform_type: {e}"
                        )
                    });
                self
            }
            pub fn device_platform_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device_platform_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for device_platform_version: {e}"
                        )
                    });
                self
            }
            pub fn surface<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.surface = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for surface: {e}")
                    });
                self
            }
            pub fn surface_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.surface_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for surface_version: {e}"
                        )
                    });
                self
            }
            pub fn user_channel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_channel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_channel: {e}")
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
        impl ::std::convert::TryFrom<DeviceInfoAnswer> for super::DeviceInfoAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeviceInfoAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    device_id: value.device_id?,
                    device_manufacturer: value.device_manufacturer?,
                    device_model: value.device_model?,
                    device_platform_type: value.device_platform_type?,
                    device_platform_version: value.device_platform_version?,
                    surface: value.surface?,
                    surface_version: value.surface_version?,
                    user_channel: value.user_channel?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::DeviceInfoAnswer> for DeviceInfoAnswer {
            fn from(value: super::DeviceInfoAnswer) -> Self {
                Self {
                    device_id: Ok(value.device_id),
                    device_manufacturer: Ok(value.device_manufacturer),
                    device_model: Ok(value.device_model),
                    device_platform_type: Ok(value.device_platform_type),
                    device_platform_version: Ok(value.device_platform_version),
                    surface: Ok(value.surface),
                    surface_version: Ok(value.surface_version),
                    user_channel: Ok(value.user_channel),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorEnvelope {
            code: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<super::ErrorObject>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorEnvelope {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    error: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ErrorEnvelope {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ErrorObject>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
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
        impl ::std::convert::TryFrom<ErrorEnvelope> for super::ErrorEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    error: value.error?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorEnvelope> for ErrorEnvelope {
            fn from(value: super::ErrorEnvelope) -> Self {
                Self {
                    code: Ok(value.code),
                    error: Ok(value.error),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorObject {
            error_code: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            error_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorObject {
            fn default() -> Self {
                Self {
                    error_code: Ok(Default::default()),
                    error_description: Ok(Default::default()),
                    user_message: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ErrorObject {
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
            pub fn error_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_description: {e}"
                        )
                    });
                self
            }
            pub fn user_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_message: {e}")
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
        impl ::std::convert::TryFrom<ErrorObject> for super::ErrorObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error_code: value.error_code?,
                    error_description: value.error_description?,
                    user_message: value.user_message?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorObject> for ErrorObject {
            fn from(value: super::ErrorObject) -> Self {
                Self {
                    error_code: Ok(value.error_code),
                    error_description: Ok(value.error_description),
                    user_message: Ok(value.user_message),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetInvoiceResponse {
            cards: ::std::result::Result<
                ::std::vec::Vec<super::SavedCard>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<super::ErrorObject>,
                ::std::string::String,
            >,
            form_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invoice: ::std::result::Result<
                ::std::option::Option<super::InvoiceInfo>,
                ::std::string::String,
            >,
            invoice_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invoice_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            invoice_status: ::std::result::Result<
                ::std::option::Option<crate::generated::types::InvoiceStatus>,
                ::std::string::String,
            >,
            payment_info: ::std::result::Result<
                ::std::option::Option<super::PaymentInfo>,
                ::std::string::String,
            >,
            payment_methods: ::std::result::Result<
                ::std::option::Option<super::PaymentMethods>,
                ::std::string::String,
            >,
            receipts: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetInvoiceResponse {
            fn default() -> Self {
                Self {
                    cards: Ok(Default::default()),
                    code: Ok(Default::default()),
                    error: Ok(Default::default()),
                    form_url: Ok(Default::default()),
                    image: Ok(Default::default()),
                    invoice: Ok(Default::default()),
                    invoice_date: Ok(Default::default()),
                    invoice_id: Ok(Default::default()),
                    invoice_status: Ok(Default::default()),
                    payment_info: Ok(Default::default()),
                    payment_methods: Ok(Default::default()),
                    receipts: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl GetInvoiceResponse {
            pub fn cards<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SavedCard>>,
                T::Error: ::std::fmt::Display,
            {
                self.cards = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cards: {e}")
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ErrorObject>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn form_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for form_url: {e}")
                    });
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn invoice<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::InvoiceInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invoice: {e}")
                    });
                self
            }
            pub fn invoice_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invoice_date: {e}")
                    });
                self
            }
            pub fn invoice_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invoice_id: {e}")
                    });
                self
            }
            pub fn invoice_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::InvoiceStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invoice_status: {e}"
                        )
                    });
                self
            }
            pub fn payment_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PaymentInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payment_info: {e}")
                    });
                self
            }
            pub fn payment_methods<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PaymentMethods>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_methods = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_methods: {e}"
                        )
                    });
                self
            }
            pub fn receipts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.receipts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for receipts: {e}")
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
        impl ::std::convert::TryFrom<GetInvoiceResponse> for super::GetInvoiceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetInvoiceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cards: value.cards?,
                    code: value.code?,
                    error: value.error?,
                    form_url: value.form_url?,
                    image: value.image?,
                    invoice: value.invoice?,
                    invoice_date: value.invoice_date?,
                    invoice_id: value.invoice_id?,
                    invoice_status: value.invoice_status?,
                    payment_info: value.payment_info?,
                    payment_methods: value.payment_methods?,
                    receipts: value.receipts?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::GetInvoiceResponse> for GetInvoiceResponse {
            fn from(value: super::GetInvoiceResponse) -> Self {
                Self {
                    cards: Ok(value.cards),
                    code: Ok(value.code),
                    error: Ok(value.error),
                    form_url: Ok(value.form_url),
                    image: Ok(value.image),
                    invoice: Ok(value.invoice),
                    invoice_date: Ok(value.invoice_date),
                    invoice_id: Ok(value.invoice_id),
                    invoice_status: Ok(value.invoice_status),
                    payment_info: Ok(value.payment_info),
                    payment_methods: Ok(value.payment_methods),
                    receipts: Ok(value.receipts),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceActionResponse {
            code: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<super::ErrorObject>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceActionResponse {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    error: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl InvoiceActionResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ErrorObject>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
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
        impl ::std::convert::TryFrom<InvoiceActionResponse>
        for super::InvoiceActionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceActionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    error: value.error?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceActionResponse>
        for InvoiceActionResponse {
            fn from(value: super::InvoiceActionResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    error: Ok(value.error),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceInfo {
            delivery_info: ::std::result::Result<
                ::std::option::Option<super::DeliveryInfoAnswer>,
                ::std::string::String,
            >,
            invoice_params: ::std::result::Result<
                ::std::vec::Vec<super::KeyValueAnswer>,
                ::std::string::String,
            >,
            order: ::std::result::Result<
                ::std::option::Option<super::OrderInfo>,
                ::std::string::String,
            >,
            purchaser: ::std::result::Result<
                ::std::option::Option<super::PurchaserAnswer>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceInfo {
            fn default() -> Self {
                Self {
                    delivery_info: Ok(Default::default()),
                    invoice_params: Ok(Default::default()),
                    order: Ok(Default::default()),
                    purchaser: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl InvoiceInfo {
            pub fn delivery_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeliveryInfoAnswer>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.delivery_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delivery_info: {e}")
                    });
                self
            }
            pub fn invoice_params<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::KeyValueAnswer>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_params = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invoice_params: {e}"
                        )
                    });
                self
            }
            pub fn order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OrderInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order: {e}")
                    });
                self
            }
            pub fn purchaser<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PurchaserAnswer>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.purchaser = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for purchaser: {e}")
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
        impl ::std::convert::TryFrom<InvoiceInfo> for super::InvoiceInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    delivery_info: value.delivery_info?,
                    invoice_params: value.invoice_params?,
                    order: value.order?,
                    purchaser: value.purchaser?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceInfo> for InvoiceInfo {
            fn from(value: super::InvoiceInfo) -> Self {
                Self {
                    delivery_info: Ok(value.delivery_info),
                    invoice_params: Ok(value.invoice_params),
                    order: Ok(value.order),
                    purchaser: Ok(value.purchaser),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceListItem {
            amount_confirm: ::std::result::Result<
                ::std::option::Option<super::Amount>,
                ::std::string::String,
            >,
            amount_create: ::std::result::Result<
                ::std::option::Option<super::Amount>,
                ::std::string::String,
            >,
            amount_current: ::std::result::Result<
                ::std::option::Option<super::Amount>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invoice_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invoice_id: ::std::result::Result<::payspec::Text, ::std::string::String>,
            invoice_status: ::std::result::Result<
                ::std::option::Option<crate::generated::types::InvoiceStatus>,
                ::std::string::String,
            >,
            language: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order_number: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            org_inn: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_info: ::std::result::Result<
                ::std::option::Option<super::PaymentInfo>,
                ::std::string::String,
            >,
            trade_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            trademarks: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            visual_amount: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            visual_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceListItem {
            fn default() -> Self {
                Self {
                    amount_confirm: Ok(Default::default()),
                    amount_create: Ok(Default::default()),
                    amount_current: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    description: Ok(Default::default()),
                    image: Ok(Default::default()),
                    invoice_date: Ok(Default::default()),
                    invoice_id: Err("no value supplied for invoice_id".to_string()),
                    invoice_status: Ok(Default::default()),
                    language: Ok(Default::default()),
                    order_number: Ok(Default::default()),
                    org_inn: Ok(Default::default()),
                    org_name: Ok(Default::default()),
                    payment_info: Ok(Default::default()),
                    trade_name: Ok(Default::default()),
                    trademarks: Ok(Default::default()),
                    visual_amount: Ok(Default::default()),
                    visual_name: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl InvoiceListItem {
            pub fn amount_confirm<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_confirm = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for amount_confirm: {e}"
                        )
                    });
                self
            }
            pub fn amount_create<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_create = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_create: {e}")
                    });
                self
            }
            pub fn amount_current<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Amount>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_current = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for amount_current: {e}"
                        )
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
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn invoice_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invoice_date: {e}")
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
            pub fn invoice_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::InvoiceStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invoice_status: {e}"
                        )
                    });
                self
            }
            pub fn language<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.language = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language: {e}")
                    });
                self
            }
            pub fn order_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_number: {e}")
                    });
                self
            }
            pub fn org_inn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_inn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_inn: {e}")
                    });
                self
            }
            pub fn org_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_name: {e}")
                    });
                self
            }
            pub fn payment_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PaymentInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payment_info: {e}")
                    });
                self
            }
            pub fn trade_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.trade_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trade_name: {e}")
                    });
                self
            }
            pub fn trademarks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.trademarks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trademarks: {e}")
                    });
                self
            }
            pub fn visual_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.visual_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for visual_amount: {e}")
                    });
                self
            }
            pub fn visual_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.visual_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for visual_name: {e}")
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
        impl ::std::convert::TryFrom<InvoiceListItem> for super::InvoiceListItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceListItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount_confirm: value.amount_confirm?,
                    amount_create: value.amount_create?,
                    amount_current: value.amount_current?,
                    currency: value.currency?,
                    description: value.description?,
                    image: value.image?,
                    invoice_date: value.invoice_date?,
                    invoice_id: value.invoice_id?,
                    invoice_status: value.invoice_status?,
                    language: value.language?,
                    order_number: value.order_number?,
                    org_inn: value.org_inn?,
                    org_name: value.org_name?,
                    payment_info: value.payment_info?,
                    trade_name: value.trade_name?,
                    trademarks: value.trademarks?,
                    visual_amount: value.visual_amount?,
                    visual_name: value.visual_name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceListItem> for InvoiceListItem {
            fn from(value: super::InvoiceListItem) -> Self {
                Self {
                    amount_confirm: Ok(value.amount_confirm),
                    amount_create: Ok(value.amount_create),
                    amount_current: Ok(value.amount_current),
                    currency: Ok(value.currency),
                    description: Ok(value.description),
                    image: Ok(value.image),
                    invoice_date: Ok(value.invoice_date),
                    invoice_id: Ok(value.invoice_id),
                    invoice_status: Ok(value.invoice_status),
                    language: Ok(value.language),
                    order_number: Ok(value.order_number),
                    org_inn: Ok(value.org_inn),
                    org_name: Ok(value.org_name),
                    payment_info: Ok(value.payment_info),
                    trade_name: Ok(value.trade_name),
                    trademarks: Ok(value.trademarks),
                    visual_amount: Ok(value.visual_amount),
                    visual_name: Ok(value.visual_name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceListPage {
            empty: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<super::ErrorObject>,
                ::std::string::String,
            >,
            first: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            invoices: ::std::result::Result<
                ::std::vec::Vec<super::InvoiceListItem>,
                ::std::string::String,
            >,
            last: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            number: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            number_of_elements: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            pageable: ::std::result::Result<
                ::std::option::Option<super::Pageable>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            sort: ::std::result::Result<
                ::std::option::Option<super::PageSort>,
                ::std::string::String,
            >,
            total_elements: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total_pages: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceListPage {
            fn default() -> Self {
                Self {
                    empty: Ok(Default::default()),
                    error: Ok(Default::default()),
                    first: Ok(Default::default()),
                    invoices: Ok(Default::default()),
                    last: Ok(Default::default()),
                    number: Ok(Default::default()),
                    number_of_elements: Ok(Default::default()),
                    pageable: Ok(Default::default()),
                    size: Ok(Default::default()),
                    sort: Ok(Default::default()),
                    total_elements: Ok(Default::default()),
                    total_pages: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl InvoiceListPage {
            pub fn empty<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.empty = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for empty: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ErrorObject>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn first<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.first = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first: {e}")
                    });
                self
            }
            pub fn invoices<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::InvoiceListItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoices = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invoices: {e}")
                    });
                self
            }
            pub fn last<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.last = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last: {e}")
                    });
                self
            }
            pub fn number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for number: {e}")
                    });
                self
            }
            pub fn number_of_elements<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.number_of_elements = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for number_of_elements: {e}"
                        )
                    });
                self
            }
            pub fn pageable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Pageable>>,
                T::Error: ::std::fmt::Display,
            {
                self.pageable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pageable: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            pub fn sort<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PageSort>>,
                T::Error: ::std::fmt::Display,
            {
                self.sort = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sort: {e}")
                    });
                self
            }
            pub fn total_elements<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_elements = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for total_elements: {e}"
                        )
                    });
                self
            }
            pub fn total_pages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_pages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_pages: {e}")
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
        impl ::std::convert::TryFrom<InvoiceListPage> for super::InvoiceListPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceListPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    empty: value.empty?,
                    error: value.error?,
                    first: value.first?,
                    invoices: value.invoices?,
                    last: value.last?,
                    number: value.number?,
                    number_of_elements: value.number_of_elements?,
                    pageable: value.pageable?,
                    size: value.size?,
                    sort: value.sort?,
                    total_elements: value.total_elements?,
                    total_pages: value.total_pages?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceListPage> for InvoiceListPage {
            fn from(value: super::InvoiceListPage) -> Self {
                Self {
                    empty: Ok(value.empty),
                    error: Ok(value.error),
                    first: Ok(value.first),
                    invoices: Ok(value.invoices),
                    last: Ok(value.last),
                    number: Ok(value.number),
                    number_of_elements: Ok(value.number_of_elements),
                    pageable: Ok(value.pageable),
                    size: Ok(value.size),
                    sort: Ok(value.sort),
                    total_elements: Ok(value.total_elements),
                    total_pages: Ok(value.total_pages),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct KeyValue {
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for KeyValue {
            fn default() -> Self {
                Self {
                    key: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl KeyValue {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<KeyValue> for super::KeyValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: KeyValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::KeyValue> for KeyValue {
            fn from(value: super::KeyValue) -> Self {
                Self {
                    key: Ok(value.key),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct KeyValueAnswer {
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for KeyValueAnswer {
            fn default() -> Self {
                Self {
                    key: Ok(Default::default()),
                    value: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl KeyValueAnswer {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
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
        impl ::std::convert::TryFrom<KeyValueAnswer> for super::KeyValueAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: KeyValueAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    value: value.value?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::KeyValueAnswer> for KeyValueAnswer {
            fn from(value: super::KeyValueAnswer) -> Self {
                Self {
                    key: Ok(value.key),
                    value: Ok(value.value),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LoyaltyInfo {
            award_bonus: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            change_rate: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_bonus: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            service_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LoyaltyInfo {
            fn default() -> Self {
                Self {
                    award_bonus: Ok(Default::default()),
                    change_rate: Ok(Default::default()),
                    image: Ok(Default::default()),
                    payment_bonus: Ok(Default::default()),
                    service_code: Ok(Default::default()),
                    service_name: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl LoyaltyInfo {
            pub fn award_bonus<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.award_bonus = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for award_bonus: {e}")
                    });
                self
            }
            pub fn change_rate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.change_rate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for change_rate: {e}")
                    });
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn payment_bonus<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_bonus = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payment_bonus: {e}")
                    });
                self
            }
            pub fn service_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service_code: {e}")
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
        impl ::std::convert::TryFrom<LoyaltyInfo> for super::LoyaltyInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LoyaltyInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    award_bonus: value.award_bonus?,
                    change_rate: value.change_rate?,
                    image: value.image?,
                    payment_bonus: value.payment_bonus?,
                    service_code: value.service_code?,
                    service_name: value.service_name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::LoyaltyInfo> for LoyaltyInfo {
            fn from(value: super::LoyaltyInfo) -> Self {
                Self {
                    award_bonus: Ok(value.award_bonus),
                    change_rate: Ok(value.change_rate),
                    image: Ok(value.image),
                    payment_bonus: Ok(value.payment_bonus),
                    service_code: Ok(value.service_code),
                    service_name: Ok(value.service_name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NewInvoice {
            delivery_info: ::std::result::Result<
                ::std::option::Option<super::DeliveryInfo>,
                ::std::string::String,
            >,
            invoice_params: ::std::result::Result<
                ::std::vec::Vec<super::KeyValue>,
                ::std::string::String,
            >,
            order: ::std::result::Result<super::Order, ::std::string::String>,
            purchaser: ::std::result::Result<
                ::std::option::Option<super::Purchaser>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NewInvoice {
            fn default() -> Self {
                Self {
                    delivery_info: Ok(Default::default()),
                    invoice_params: Ok(Default::default()),
                    order: Err("no value supplied for order".to_string()),
                    purchaser: Ok(Default::default()),
                }
            }
        }
        impl NewInvoice {
            pub fn delivery_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DeliveryInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.delivery_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for delivery_info: {e}")
                    });
                self
            }
            pub fn invoice_params<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::KeyValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_params = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invoice_params: {e}"
                        )
                    });
                self
            }
            pub fn order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Order>,
                T::Error: ::std::fmt::Display,
            {
                self.order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order: {e}")
                    });
                self
            }
            pub fn purchaser<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Purchaser>>,
                T::Error: ::std::fmt::Display,
            {
                self.purchaser = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for purchaser: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NewInvoice> for super::NewInvoice {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewInvoice,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    delivery_info: value.delivery_info?,
                    invoice_params: value.invoice_params?,
                    order: value.order?,
                    purchaser: value.purchaser?,
                })
            }
        }
        impl ::std::convert::From<super::NewInvoice> for NewInvoice {
            fn from(value: super::NewInvoice) -> Self {
                Self {
                    delivery_info: Ok(value.delivery_info),
                    invoice_params: Ok(value.invoice_params),
                    order: Ok(value.order),
                    purchaser: Ok(value.purchaser),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Order {
            amount: ::std::result::Result<i64, ::std::string::String>,
            autocompletion_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expiration_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            language: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order_bundle: ::std::result::Result<
                ::std::vec::Vec<super::OrderBundleItem>,
                ::std::string::String,
            >,
            order_date: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            order_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            order_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            purpose: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            tax_system: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for Order {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    autocompletion_date: Ok(Default::default()),
                    currency: Err("no value supplied for currency".to_string()),
                    description: Ok(Default::default()),
                    expiration_date: Ok(Default::default()),
                    language: Ok(Default::default()),
                    order_bundle: Ok(Default::default()),
                    order_date: Err("no value supplied for order_date".to_string()),
                    order_id: Err("no value supplied for order_id".to_string()),
                    order_number: Ok(Default::default()),
                    purpose: Ok(Default::default()),
                    service_id: Err("no value supplied for service_id".to_string()),
                    tax_system: Err("no value supplied for tax_system".to_string()),
                }
            }
        }
        impl Order {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn autocompletion_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.autocompletion_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for autocompletion_date: {e}"
                        )
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn expiration_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expiration_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for expiration_date: {e}"
                        )
                    });
                self
            }
            pub fn language<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.language = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language: {e}")
                    });
                self
            }
            pub fn order_bundle<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrderBundleItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_bundle = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_bundle: {e}")
                    });
                self
            }
            pub fn order_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.order_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_date: {e}")
                    });
                self
            }
            pub fn order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_id: {e}")
                    });
                self
            }
            pub fn order_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_number: {e}")
                    });
                self
            }
            pub fn purpose<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.purpose = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for purpose: {e}")
                    });
                self
            }
            pub fn service_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.service_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service_id: {e}")
                    });
                self
            }
            pub fn tax_system<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_system = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_system: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Order> for super::Order {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Order,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    autocompletion_date: value.autocompletion_date?,
                    currency: value.currency?,
                    description: value.description?,
                    expiration_date: value.expiration_date?,
                    language: value.language?,
                    order_bundle: value.order_bundle?,
                    order_date: value.order_date?,
                    order_id: value.order_id?,
                    order_number: value.order_number?,
                    purpose: value.purpose?,
                    service_id: value.service_id?,
                    tax_system: value.tax_system?,
                })
            }
        }
        impl ::std::convert::From<super::Order> for Order {
            fn from(value: super::Order) -> Self {
                Self {
                    amount: Ok(value.amount),
                    autocompletion_date: Ok(value.autocompletion_date),
                    currency: Ok(value.currency),
                    description: Ok(value.description),
                    expiration_date: Ok(value.expiration_date),
                    language: Ok(value.language),
                    order_bundle: Ok(value.order_bundle),
                    order_date: Ok(value.order_date),
                    order_id: Ok(value.order_id),
                    order_number: Ok(value.order_number),
                    purpose: Ok(value.purpose),
                    service_id: Ok(value.service_id),
                    tax_system: Ok(value.tax_system),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrderBundleItem {
            currency: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            discount_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            discount_value: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            interest_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            interest_value: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            item_amount: ::std::result::Result<i64, ::std::string::String>,
            item_code: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            item_params: ::std::result::Result<
                ::std::vec::Vec<super::KeyValue>,
                ::std::string::String,
            >,
            item_price: ::std::result::Result<i64, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            position_id: ::std::result::Result<i64, ::std::string::String>,
            quantity: ::std::result::Result<super::Quantity, ::std::string::String>,
            tax_sum: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tax_type: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for OrderBundleItem {
            fn default() -> Self {
                Self {
                    currency: Err("no value supplied for currency".to_string()),
                    discount_type: Ok(Default::default()),
                    discount_value: Ok(Default::default()),
                    image: Ok(Default::default()),
                    interest_type: Ok(Default::default()),
                    interest_value: Ok(Default::default()),
                    item_amount: Err("no value supplied for item_amount".to_string()),
                    item_code: Err("no value supplied for item_code".to_string()),
                    item_params: Ok(Default::default()),
                    item_price: Err("no value supplied for item_price".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    position_id: Err("no value supplied for position_id".to_string()),
                    quantity: Err("no value supplied for quantity".to_string()),
                    tax_sum: Ok(Default::default()),
                    tax_type: Err("no value supplied for tax_type".to_string()),
                }
            }
        }
        impl OrderBundleItem {
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
            pub fn discount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.discount_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discount_type: {e}")
                    });
                self
            }
            pub fn discount_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.discount_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for discount_value: {e}"
                        )
                    });
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn interest_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.interest_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for interest_type: {e}")
                    });
                self
            }
            pub fn interest_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.interest_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for interest_value: {e}"
                        )
                    });
                self
            }
            pub fn item_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.item_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for item_amount: {e}")
                    });
                self
            }
            pub fn item_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.item_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for item_code: {e}")
                    });
                self
            }
            pub fn item_params<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::KeyValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.item_params = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for item_params: {e}")
                    });
                self
            }
            pub fn item_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.item_price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for item_price: {e}")
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
            pub fn position_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.position_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for position_id: {e}")
                    });
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Quantity>,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
                    });
                self
            }
            pub fn tax_sum<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_sum = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_sum: {e}")
                    });
                self
            }
            pub fn tax_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrderBundleItem> for super::OrderBundleItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderBundleItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    currency: value.currency?,
                    discount_type: value.discount_type?,
                    discount_value: value.discount_value?,
                    image: value.image?,
                    interest_type: value.interest_type?,
                    interest_value: value.interest_value?,
                    item_amount: value.item_amount?,
                    item_code: value.item_code?,
                    item_params: value.item_params?,
                    item_price: value.item_price?,
                    name: value.name?,
                    position_id: value.position_id?,
                    quantity: value.quantity?,
                    tax_sum: value.tax_sum?,
                    tax_type: value.tax_type?,
                })
            }
        }
        impl ::std::convert::From<super::OrderBundleItem> for OrderBundleItem {
            fn from(value: super::OrderBundleItem) -> Self {
                Self {
                    currency: Ok(value.currency),
                    discount_type: Ok(value.discount_type),
                    discount_value: Ok(value.discount_value),
                    image: Ok(value.image),
                    interest_type: Ok(value.interest_type),
                    interest_value: Ok(value.interest_value),
                    item_amount: Ok(value.item_amount),
                    item_code: Ok(value.item_code),
                    item_params: Ok(value.item_params),
                    item_price: Ok(value.item_price),
                    name: Ok(value.name),
                    position_id: Ok(value.position_id),
                    quantity: Ok(value.quantity),
                    tax_sum: Ok(value.tax_sum),
                    tax_type: Ok(value.tax_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrderBundleItemInfo {
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            discount_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            discount_value: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            interest_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            interest_value: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            item_amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            item_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            item_code_sp: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            item_params: ::std::result::Result<
                ::std::vec::Vec<super::KeyValueAnswer>,
                ::std::string::String,
            >,
            item_price: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            position_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<
                ::std::option::Option<super::QuantityAnswer>,
                ::std::string::String,
            >,
            tax_sum: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tax_type: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrderBundleItemInfo {
            fn default() -> Self {
                Self {
                    currency: Ok(Default::default()),
                    discount_type: Ok(Default::default()),
                    discount_value: Ok(Default::default()),
                    image: Ok(Default::default()),
                    interest_type: Ok(Default::default()),
                    interest_value: Ok(Default::default()),
                    item_amount: Ok(Default::default()),
                    item_code: Ok(Default::default()),
                    item_code_sp: Ok(Default::default()),
                    item_params: Ok(Default::default()),
                    item_price: Ok(Default::default()),
                    name: Ok(Default::default()),
                    position_id: Ok(Default::default()),
                    quantity: Ok(Default::default()),
                    tax_sum: Ok(Default::default()),
                    tax_type: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl OrderBundleItemInfo {
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
            pub fn discount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.discount_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for discount_type: {e}")
                    });
                self
            }
            pub fn discount_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.discount_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for discount_value: {e}"
                        )
                    });
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn interest_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.interest_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for interest_type: {e}")
                    });
                self
            }
            pub fn interest_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.interest_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for interest_value: {e}"
                        )
                    });
                self
            }
            pub fn item_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.item_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for item_amount: {e}")
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
            pub fn item_code_sp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.item_code_sp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for item_code_sp: {e}")
                    });
                self
            }
            pub fn item_params<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::KeyValueAnswer>>,
                T::Error: ::std::fmt::Display,
            {
                self.item_params = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for item_params: {e}")
                    });
                self
            }
            pub fn item_price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.item_price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for item_price: {e}")
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
            pub fn position_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.position_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for position_id: {e}")
                    });
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::QuantityAnswer>>,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
                    });
                self
            }
            pub fn tax_sum<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_sum = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_sum: {e}")
                    });
                self
            }
            pub fn tax_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_type: {e}")
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
        impl ::std::convert::TryFrom<OrderBundleItemInfo>
        for super::OrderBundleItemInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderBundleItemInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    currency: value.currency?,
                    discount_type: value.discount_type?,
                    discount_value: value.discount_value?,
                    image: value.image?,
                    interest_type: value.interest_type?,
                    interest_value: value.interest_value?,
                    item_amount: value.item_amount?,
                    item_code: value.item_code?,
                    item_code_sp: value.item_code_sp?,
                    item_params: value.item_params?,
                    item_price: value.item_price?,
                    name: value.name?,
                    position_id: value.position_id?,
                    quantity: value.quantity?,
                    tax_sum: value.tax_sum?,
                    tax_type: value.tax_type?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OrderBundleItemInfo> for OrderBundleItemInfo {
            fn from(value: super::OrderBundleItemInfo) -> Self {
                Self {
                    currency: Ok(value.currency),
                    discount_type: Ok(value.discount_type),
                    discount_value: Ok(value.discount_value),
                    image: Ok(value.image),
                    interest_type: Ok(value.interest_type),
                    interest_value: Ok(value.interest_value),
                    item_amount: Ok(value.item_amount),
                    item_code: Ok(value.item_code),
                    item_code_sp: Ok(value.item_code_sp),
                    item_params: Ok(value.item_params),
                    item_price: Ok(value.item_price),
                    name: Ok(value.name),
                    position_id: Ok(value.position_id),
                    quantity: Ok(value.quantity),
                    tax_sum: Ok(value.tax_sum),
                    tax_type: Ok(value.tax_type),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrderInfo {
            amount: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            autocompletion_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expiration_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            language: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order_bundle: ::std::result::Result<
                ::std::vec::Vec<super::OrderBundleItemInfo>,
                ::std::string::String,
            >,
            order_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            order_number: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            org_inn: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            org_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            purchase_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            purpose: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            tax_system: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            trade_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            visual_amount: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            visual_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrderInfo {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    autocompletion_date: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    description: Ok(Default::default()),
                    expiration_date: Ok(Default::default()),
                    language: Ok(Default::default()),
                    order_bundle: Ok(Default::default()),
                    order_date: Ok(Default::default()),
                    order_id: Ok(Default::default()),
                    order_number: Ok(Default::default()),
                    org_inn: Ok(Default::default()),
                    org_name: Ok(Default::default()),
                    purchase_id: Ok(Default::default()),
                    purpose: Ok(Default::default()),
                    service_id: Ok(Default::default()),
                    tax_system: Ok(Default::default()),
                    trade_name: Ok(Default::default()),
                    visual_amount: Ok(Default::default()),
                    visual_name: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl OrderInfo {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn autocompletion_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.autocompletion_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for autocompletion_date: {e}"
                        )
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
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn expiration_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expiration_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for expiration_date: {e}"
                        )
                    });
                self
            }
            pub fn language<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.language = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language: {e}")
                    });
                self
            }
            pub fn order_bundle<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrderBundleItemInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_bundle = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_bundle: {e}")
                    });
                self
            }
            pub fn order_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_date: {e}")
                    });
                self
            }
            pub fn order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_id: {e}")
                    });
                self
            }
            pub fn order_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_number: {e}")
                    });
                self
            }
            pub fn org_inn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_inn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_inn: {e}")
                    });
                self
            }
            pub fn org_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.org_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_name: {e}")
                    });
                self
            }
            pub fn purchase_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.purchase_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for purchase_id: {e}")
                    });
                self
            }
            pub fn purpose<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.purpose = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for purpose: {e}")
                    });
                self
            }
            pub fn service_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service_id: {e}")
                    });
                self
            }
            pub fn tax_system<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_system = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tax_system: {e}")
                    });
                self
            }
            pub fn trade_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.trade_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trade_name: {e}")
                    });
                self
            }
            pub fn visual_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.visual_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for visual_amount: {e}")
                    });
                self
            }
            pub fn visual_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.visual_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for visual_name: {e}")
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
        impl ::std::convert::TryFrom<OrderInfo> for super::OrderInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    autocompletion_date: value.autocompletion_date?,
                    currency: value.currency?,
                    description: value.description?,
                    expiration_date: value.expiration_date?,
                    language: value.language?,
                    order_bundle: value.order_bundle?,
                    order_date: value.order_date?,
                    order_id: value.order_id?,
                    order_number: value.order_number?,
                    org_inn: value.org_inn?,
                    org_name: value.org_name?,
                    purchase_id: value.purchase_id?,
                    purpose: value.purpose?,
                    service_id: value.service_id?,
                    tax_system: value.tax_system?,
                    trade_name: value.trade_name?,
                    visual_amount: value.visual_amount?,
                    visual_name: value.visual_name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OrderInfo> for OrderInfo {
            fn from(value: super::OrderInfo) -> Self {
                Self {
                    amount: Ok(value.amount),
                    autocompletion_date: Ok(value.autocompletion_date),
                    currency: Ok(value.currency),
                    description: Ok(value.description),
                    expiration_date: Ok(value.expiration_date),
                    language: Ok(value.language),
                    order_bundle: Ok(value.order_bundle),
                    order_date: Ok(value.order_date),
                    order_id: Ok(value.order_id),
                    order_number: Ok(value.order_number),
                    org_inn: Ok(value.org_inn),
                    org_name: Ok(value.org_name),
                    purchase_id: Ok(value.purchase_id),
                    purpose: Ok(value.purpose),
                    service_id: Ok(value.service_id),
                    tax_system: Ok(value.tax_system),
                    trade_name: Ok(value.trade_name),
                    visual_amount: Ok(value.visual_amount),
                    visual_name: Ok(value.visual_name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PageSort {
            empty: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            sorted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            unsorted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PageSort {
            fn default() -> Self {
                Self {
                    empty: Ok(Default::default()),
                    sorted: Ok(Default::default()),
                    unsorted: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PageSort {
            pub fn empty<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.empty = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for empty: {e}")
                    });
                self
            }
            pub fn sorted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.sorted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sorted: {e}")
                    });
                self
            }
            pub fn unsorted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.unsorted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unsorted: {e}")
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
        impl ::std::convert::TryFrom<PageSort> for super::PageSort {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PageSort,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    empty: value.empty?,
                    sorted: value.sorted?,
                    unsorted: value.unsorted?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PageSort> for PageSort {
            fn from(value: super::PageSort) -> Self {
                Self {
                    empty: Ok(value.empty),
                    sorted: Ok(value.sorted),
                    unsorted: Ok(value.unsorted),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Pageable {
            offset: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_number: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            paged: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            sort: ::std::result::Result<
                ::std::option::Option<super::PageSort>,
                ::std::string::String,
            >,
            unpaged: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Pageable {
            fn default() -> Self {
                Self {
                    offset: Ok(Default::default()),
                    page_number: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    paged: Ok(Default::default()),
                    sort: Ok(Default::default()),
                    unpaged: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Pageable {
            pub fn offset<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.offset = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for offset: {e}")
                    });
                self
            }
            pub fn page_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_number: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn paged<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.paged = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paged: {e}")
                    });
                self
            }
            pub fn sort<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PageSort>>,
                T::Error: ::std::fmt::Display,
            {
                self.sort = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sort: {e}")
                    });
                self
            }
            pub fn unpaged<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.unpaged = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for unpaged: {e}")
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
        impl ::std::convert::TryFrom<Pageable> for super::Pageable {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Pageable,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    offset: value.offset?,
                    page_number: value.page_number?,
                    page_size: value.page_size?,
                    paged: value.paged?,
                    sort: value.sort?,
                    unpaged: value.unpaged?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Pageable> for Pageable {
            fn from(value: super::Pageable) -> Self {
                Self {
                    offset: Ok(value.offset),
                    page_number: Ok(value.page_number),
                    page_size: Ok(value.page_size),
                    paged: Ok(value.paged),
                    sort: Ok(value.sort),
                    unpaged: Ok(value.unpaged),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentInfo {
            bank_info: ::std::result::Result<
                ::std::option::Option<super::BankInfo>,
                ::std::string::String,
            >,
            card_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cardholder: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            device_info: ::std::result::Result<
                ::std::option::Option<super::DeviceInfoAnswer>,
                ::std::string::String,
            >,
            expiry_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            loyalty_info: ::std::result::Result<
                ::std::option::Option<super::LoyaltyInfo>,
                ::std::string::String,
            >,
            masked_pan: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partner_client_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_params: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            payment_system: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_system_image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_way: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_way_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_way_logo: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            paysys: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            paysys_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            paysys_image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentInfo {
            fn default() -> Self {
                Self {
                    bank_info: Ok(Default::default()),
                    card_id: Ok(Default::default()),
                    cardholder: Ok(Default::default()),
                    device_info: Ok(Default::default()),
                    expiry_date: Ok(Default::default()),
                    image: Ok(Default::default()),
                    loyalty_info: Ok(Default::default()),
                    masked_pan: Ok(Default::default()),
                    name: Ok(Default::default()),
                    partner_client_id: Ok(Default::default()),
                    payment_date: Ok(Default::default()),
                    payment_id: Ok(Default::default()),
                    payment_params: Ok(Default::default()),
                    payment_system: Ok(Default::default()),
                    payment_system_image: Ok(Default::default()),
                    payment_way: Ok(Default::default()),
                    payment_way_code: Ok(Default::default()),
                    payment_way_logo: Ok(Default::default()),
                    paysys: Ok(Default::default()),
                    paysys_code: Ok(Default::default()),
                    paysys_image: Ok(Default::default()),
                    status: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PaymentInfo {
            pub fn bank_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BankInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.bank_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bank_info: {e}")
                    });
                self
            }
            pub fn card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.card_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_id: {e}")
                    });
                self
            }
            pub fn cardholder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cardholder = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cardholder: {e}")
                    });
                self
            }
            pub fn device_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeviceInfoAnswer>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.device_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for device_info: {e}")
                    });
                self
            }
            pub fn expiry_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expiry_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expiry_date: {e}")
                    });
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn loyalty_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LoyaltyInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.loyalty_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for loyalty_info: {e}")
                    });
                self
            }
            pub fn masked_pan<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.masked_pan = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for masked_pan: {e}")
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
            pub fn partner_client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.partner_client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_client_id: {e}"
                        )
                    });
                self
            }
            pub fn payment_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payment_date: {e}")
                    });
                self
            }
            pub fn payment_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payment_id: {e}")
                    });
                self
            }
            pub fn payment_params<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_params = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_params: {e}"
                        )
                    });
                self
            }
            pub fn payment_system<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_system = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_system: {e}"
                        )
                    });
                self
            }
            pub fn payment_system_image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_system_image = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_system_image: {e}"
                        )
                    });
                self
            }
            pub fn payment_way<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_way = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payment_way: {e}")
                    });
                self
            }
            pub fn payment_way_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_way_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_way_code: {e}"
                        )
                    });
                self
            }
            pub fn payment_way_logo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_way_logo = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_way_logo: {e}"
                        )
                    });
                self
            }
            pub fn paysys<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.paysys = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paysys: {e}")
                    });
                self
            }
            pub fn paysys_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.paysys_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paysys_code: {e}")
                    });
                self
            }
            pub fn paysys_image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.paysys_image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paysys_image: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<PaymentInfo> for super::PaymentInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bank_info: value.bank_info?,
                    card_id: value.card_id?,
                    cardholder: value.cardholder?,
                    device_info: value.device_info?,
                    expiry_date: value.expiry_date?,
                    image: value.image?,
                    loyalty_info: value.loyalty_info?,
                    masked_pan: value.masked_pan?,
                    name: value.name?,
                    partner_client_id: value.partner_client_id?,
                    payment_date: value.payment_date?,
                    payment_id: value.payment_id?,
                    payment_params: value.payment_params?,
                    payment_system: value.payment_system?,
                    payment_system_image: value.payment_system_image?,
                    payment_way: value.payment_way?,
                    payment_way_code: value.payment_way_code?,
                    payment_way_logo: value.payment_way_logo?,
                    paysys: value.paysys?,
                    paysys_code: value.paysys_code?,
                    paysys_image: value.paysys_image?,
                    status: value.status?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentInfo> for PaymentInfo {
            fn from(value: super::PaymentInfo) -> Self {
                Self {
                    bank_info: Ok(value.bank_info),
                    card_id: Ok(value.card_id),
                    cardholder: Ok(value.cardholder),
                    device_info: Ok(value.device_info),
                    expiry_date: Ok(value.expiry_date),
                    image: Ok(value.image),
                    loyalty_info: Ok(value.loyalty_info),
                    masked_pan: Ok(value.masked_pan),
                    name: Ok(value.name),
                    partner_client_id: Ok(value.partner_client_id),
                    payment_date: Ok(value.payment_date),
                    payment_id: Ok(value.payment_id),
                    payment_params: Ok(value.payment_params),
                    payment_system: Ok(value.payment_system),
                    payment_system_image: Ok(value.payment_system_image),
                    payment_way: Ok(value.payment_way),
                    payment_way_code: Ok(value.payment_way_code),
                    payment_way_logo: Ok(value.payment_way_logo),
                    paysys: Ok(value.paysys),
                    paysys_code: Ok(value.paysys_code),
                    paysys_image: Ok(value.paysys_image),
                    status: Ok(value.status),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentMethod {
            action: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentMethod {
            fn default() -> Self {
                Self {
                    action: Ok(Default::default()),
                    method: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PaymentMethod {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.method = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for method: {e}")
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
        impl ::std::convert::TryFrom<PaymentMethod> for super::PaymentMethod {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentMethod,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    method: value.method?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentMethod> for PaymentMethod {
            fn from(value: super::PaymentMethod) -> Self {
                Self {
                    action: Ok(value.action),
                    method: Ok(value.method),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentMethods {
            methods: ::std::result::Result<
                ::std::option::Option<
                    ::payspec::LenientList<crate::generated::types::PaymentMethod>,
                >,
                ::std::string::String,
            >,
            user_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentMethods {
            fn default() -> Self {
                Self {
                    methods: Ok(Default::default()),
                    user_message: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PaymentMethods {
            pub fn methods<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::payspec::LenientList<crate::generated::types::PaymentMethod>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.methods = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for methods: {e}")
                    });
                self
            }
            pub fn user_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_message: {e}")
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
        impl ::std::convert::TryFrom<PaymentMethods> for super::PaymentMethods {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentMethods,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    methods: value.methods?,
                    user_message: value.user_message?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentMethods> for PaymentMethods {
            fn from(value: super::PaymentMethods) -> Self {
                Self {
                    methods: Ok(value.methods),
                    user_message: Ok(value.user_message),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentOperation {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operation: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentOperation {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    operation: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl PaymentOperation {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn operation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for operation: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
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
        impl ::std::convert::TryFrom<PaymentOperation> for super::PaymentOperation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentOperation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    operation: value.operation?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentOperation> for PaymentOperation {
            fn from(value: super::PaymentOperation) -> Self {
                Self {
                    code: Ok(value.code),
                    operation: Ok(value.operation),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Purchaser {
            contact: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Purchaser {
            fn default() -> Self {
                Self {
                    contact: Ok(Default::default()),
                    email: Ok(Default::default()),
                    phone: Ok(Default::default()),
                }
            }
        }
        impl Purchaser {
            pub fn contact<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.contact = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contact: {e}")
                    });
                self
            }
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
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Purchaser> for super::Purchaser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Purchaser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contact: value.contact?,
                    email: value.email?,
                    phone: value.phone?,
                })
            }
        }
        impl ::std::convert::From<super::Purchaser> for Purchaser {
            fn from(value: super::Purchaser) -> Self {
                Self {
                    contact: Ok(value.contact),
                    email: Ok(value.email),
                    phone: Ok(value.phone),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PurchaserAnswer {
            contact: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PurchaserAnswer {
            fn default() -> Self {
                Self {
                    contact: Ok(Default::default()),
                    email: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PurchaserAnswer {
            pub fn contact<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.contact = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contact: {e}")
                    });
                self
            }
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
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
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
        impl ::std::convert::TryFrom<PurchaserAnswer> for super::PurchaserAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PurchaserAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contact: value.contact?,
                    email: value.email?,
                    phone: value.phone?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PurchaserAnswer> for PurchaserAnswer {
            fn from(value: super::PurchaserAnswer) -> Self {
                Self {
                    contact: Ok(value.contact),
                    email: Ok(value.email),
                    phone: Ok(value.phone),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Quantity {
            measure: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Quantity {
            fn default() -> Self {
                Self {
                    measure: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl Quantity {
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
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
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
        impl ::std::convert::TryFrom<Quantity> for super::Quantity {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Quantity,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    measure: value.measure?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::Quantity> for Quantity {
            fn from(value: super::Quantity) -> Self {
                Self {
                    measure: Ok(value.measure),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct QuantityAnswer {
            measure: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for QuantityAnswer {
            fn default() -> Self {
                Self {
                    measure: Ok(Default::default()),
                    value: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl QuantityAnswer {
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
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
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
        impl ::std::convert::TryFrom<QuantityAnswer> for super::QuantityAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: QuantityAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    measure: value.measure?,
                    value: value.value?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::QuantityAnswer> for QuantityAnswer {
            fn from(value: super::QuantityAnswer) -> Self {
                Self {
                    measure: Ok(value.measure),
                    value: Ok(value.value),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RefundInvoice {
            order: ::std::result::Result<super::RefundOrder, ::std::string::String>,
        }
        impl ::std::default::Default for RefundInvoice {
            fn default() -> Self {
                Self {
                    order: Err("no value supplied for order".to_string()),
                }
            }
        }
        impl RefundInvoice {
            pub fn order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RefundOrder>,
                T::Error: ::std::fmt::Display,
            {
                self.order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RefundInvoice> for super::RefundInvoice {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RefundInvoice,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { order: value.order? })
            }
        }
        impl ::std::convert::From<super::RefundInvoice> for RefundInvoice {
            fn from(value: super::RefundInvoice) -> Self {
                Self { order: Ok(value.order) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RefundInvoiceRequest {
            invoice: ::std::result::Result<super::RefundInvoice, ::std::string::String>,
        }
        impl ::std::default::Default for RefundInvoiceRequest {
            fn default() -> Self {
                Self {
                    invoice: Err("no value supplied for invoice".to_string()),
                }
            }
        }
        impl RefundInvoiceRequest {
            pub fn invoice<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RefundInvoice>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invoice: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RefundInvoiceRequest>
        for super::RefundInvoiceRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RefundInvoiceRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { invoice: value.invoice? })
            }
        }
        impl ::std::convert::From<super::RefundInvoiceRequest> for RefundInvoiceRequest {
            fn from(value: super::RefundInvoiceRequest) -> Self {
                Self { invoice: Ok(value.invoice) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RefundOrder {
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            current_amount: ::std::result::Result<i64, ::std::string::String>,
            order_bundle: ::std::result::Result<
                ::std::vec::Vec<super::OrderBundleItem>,
                ::std::string::String,
            >,
            refund_amount: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for RefundOrder {
            fn default() -> Self {
                Self {
                    currency: Ok(Default::default()),
                    current_amount: Err(
                        "no value supplied for current_amount".to_string(),
                    ),
                    order_bundle: Err("no value supplied for order_bundle".to_string()),
                    refund_amount: Err("no value supplied for refund_amount".to_string()),
                }
            }
        }
        impl RefundOrder {
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
            pub fn current_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.current_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_amount: {e}"
                        )
                    });
                self
            }
            pub fn order_bundle<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrderBundleItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_bundle = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_bundle: {e}")
                    });
                self
            }
            pub fn refund_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.refund_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refund_amount: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RefundOrder> for super::RefundOrder {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RefundOrder,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    currency: value.currency?,
                    current_amount: value.current_amount?,
                    order_bundle: value.order_bundle?,
                    refund_amount: value.refund_amount?,
                })
            }
        }
        impl ::std::convert::From<super::RefundOrder> for RefundOrder {
            fn from(value: super::RefundOrder) -> Self {
                Self {
                    currency: Ok(value.currency),
                    current_amount: Ok(value.current_amount),
                    order_bundle: Ok(value.order_bundle),
                    refund_amount: Ok(value.refund_amount),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SavedCard {
            bank_info: ::std::result::Result<
                ::std::option::Option<super::BankInfo>,
                ::std::string::String,
            >,
            card_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cardholder: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expiry_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            masked_pan: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_system: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_system_image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            paysys: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            paysys_image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SavedCard {
            fn default() -> Self {
                Self {
                    bank_info: Ok(Default::default()),
                    card_id: Ok(Default::default()),
                    cardholder: Ok(Default::default()),
                    expiry_date: Ok(Default::default()),
                    image: Ok(Default::default()),
                    masked_pan: Ok(Default::default()),
                    name: Ok(Default::default()),
                    payment_system: Ok(Default::default()),
                    payment_system_image: Ok(Default::default()),
                    paysys: Ok(Default::default()),
                    paysys_image: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl SavedCard {
            pub fn bank_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BankInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.bank_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bank_info: {e}")
                    });
                self
            }
            pub fn card_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.card_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for card_id: {e}")
                    });
                self
            }
            pub fn cardholder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cardholder = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cardholder: {e}")
                    });
                self
            }
            pub fn expiry_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expiry_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expiry_date: {e}")
                    });
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn masked_pan<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.masked_pan = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for masked_pan: {e}")
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
            pub fn payment_system<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_system = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_system: {e}"
                        )
                    });
                self
            }
            pub fn payment_system_image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_system_image = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_system_image: {e}"
                        )
                    });
                self
            }
            pub fn paysys<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.paysys = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paysys: {e}")
                    });
                self
            }
            pub fn paysys_image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.paysys_image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paysys_image: {e}")
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
        impl ::std::convert::TryFrom<SavedCard> for super::SavedCard {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SavedCard,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bank_info: value.bank_info?,
                    card_id: value.card_id?,
                    cardholder: value.cardholder?,
                    expiry_date: value.expiry_date?,
                    image: value.image?,
                    masked_pan: value.masked_pan?,
                    name: value.name?,
                    payment_system: value.payment_system?,
                    payment_system_image: value.payment_system_image?,
                    paysys: value.paysys?,
                    paysys_image: value.paysys_image?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::SavedCard> for SavedCard {
            fn from(value: super::SavedCard) -> Self {
                Self {
                    bank_info: Ok(value.bank_info),
                    card_id: Ok(value.card_id),
                    cardholder: Ok(value.cardholder),
                    expiry_date: Ok(value.expiry_date),
                    image: Ok(value.image),
                    masked_pan: Ok(value.masked_pan),
                    name: Ok(value.name),
                    payment_system: Ok(value.payment_system),
                    payment_system_image: Ok(value.payment_system_image),
                    paysys: Ok(value.paysys),
                    paysys_image: Ok(value.paysys_image),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StartPaymentRequest {
            device_info: ::std::result::Result<
                ::std::option::Option<super::DeviceInfo>,
                ::std::string::String,
            >,
            fail_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operations: ::std::result::Result<
                ::std::vec::Vec<super::PaymentOperation>,
                ::std::string::String,
            >,
            return_deeplink: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            return_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<super::UserId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StartPaymentRequest {
            fn default() -> Self {
                Self {
                    device_info: Ok(Default::default()),
                    fail_url: Ok(Default::default()),
                    operations: Err("no value supplied for operations".to_string()),
                    return_deeplink: Ok(Default::default()),
                    return_url: Ok(Default::default()),
                    success_url: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                }
            }
        }
        impl StartPaymentRequest {
            pub fn device_info<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DeviceInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.device_info = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for device_info: {e}")
                    });
                self
            }
            pub fn fail_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fail_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fail_url: {e}")
                    });
                self
            }
            pub fn operations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::PaymentOperation>>,
                T::Error: ::std::fmt::Display,
            {
                self.operations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for operations: {e}")
                    });
                self
            }
            pub fn return_deeplink<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.return_deeplink = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for return_deeplink: {e}"
                        )
                    });
                self
            }
            pub fn return_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.return_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for return_url: {e}")
                    });
                self
            }
            pub fn success_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.success_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success_url: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserId>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StartPaymentRequest>
        for super::StartPaymentRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StartPaymentRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    device_info: value.device_info?,
                    fail_url: value.fail_url?,
                    operations: value.operations?,
                    return_deeplink: value.return_deeplink?,
                    return_url: value.return_url?,
                    success_url: value.success_url?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::StartPaymentRequest> for StartPaymentRequest {
            fn from(value: super::StartPaymentRequest) -> Self {
                Self {
                    device_info: Ok(value.device_info),
                    fail_url: Ok(value.fail_url),
                    operations: Ok(value.operations),
                    return_deeplink: Ok(value.return_deeplink),
                    return_url: Ok(value.return_url),
                    success_url: Ok(value.success_url),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StartPaymentResponse {
            code: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<super::ErrorObject>,
                ::std::string::String,
            >,
            form_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StartPaymentResponse {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    error: Ok(Default::default()),
                    form_url: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl StartPaymentResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ErrorObject>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn form_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.form_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for form_url: {e}")
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
        impl ::std::convert::TryFrom<StartPaymentResponse>
        for super::StartPaymentResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StartPaymentResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    error: value.error?,
                    form_url: value.form_url?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::StartPaymentResponse> for StartPaymentResponse {
            fn from(value: super::StartPaymentResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    error: Ok(value.error),
                    form_url: Ok(value.form_url),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserId {
            encrypted_sub_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partner_client_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partner_client_sub_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserId {
            fn default() -> Self {
                Self {
                    encrypted_sub_id: Ok(Default::default()),
                    partner_client_id: Ok(Default::default()),
                    partner_client_sub_id: Ok(Default::default()),
                    user_uid: Ok(Default::default()),
                }
            }
        }
        impl UserId {
            pub fn encrypted_sub_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.encrypted_sub_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for encrypted_sub_id: {e}"
                        )
                    });
                self
            }
            pub fn partner_client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.partner_client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_client_id: {e}"
                        )
                    });
                self
            }
            pub fn partner_client_sub_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.partner_client_sub_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partner_client_sub_id: {e}"
                        )
                    });
                self
            }
            pub fn user_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_uid: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserId> for super::UserId {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserId,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    encrypted_sub_id: value.encrypted_sub_id?,
                    partner_client_id: value.partner_client_id?,
                    partner_client_sub_id: value.partner_client_sub_id?,
                    user_uid: value.user_uid?,
                })
            }
        }
        impl ::std::convert::From<super::UserId> for UserId {
            fn from(value: super::UserId) -> Self {
                Self {
                    encrypted_sub_id: Ok(value.encrypted_sub_id),
                    partner_client_id: Ok(value.partner_client_id),
                    partner_client_sub_id: Ok(value.partner_client_sub_id),
                    user_uid: Ok(value.user_uid),
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
    /** Invoice status (lower-case string; the docs' numeric ids in brackets appear only in
prose):

| value | id | meaning |
|---|---|---|
| `created` | 1 | created, waiting for a payment instrument to be chosen |
| `executed` | 2 | payment in progress |
| `paid` | 3 | money held (two-stage payments only): confirm or cancel it |
| `confirmed` | 0 | paid (final; refundable) |
| `cancelled` | 5 | cancelled by the user (or the payment deadline passed) |
| `reversed` | 6 | cancelled by the seller (a held payment cancelled) |
| `refunded` | 7 | fully refunded |

Sber's payment SDK also knows `wait` (undocumented). Open: unknown values are kept. The
list filter additionally accepts the pseudo-value `all`.

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum InvoiceStatus {
        /// `created`
        Created,
        /// `executed`
        Executed,
        /// `paid`
        Paid,
        /// `confirmed`
        Confirmed,
        /// `cancelled`
        Cancelled,
        /// `reversed`
        Reversed,
        /// `refunded`
        Refunded,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl InvoiceStatus {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Created => "created",
                Self::Executed => "executed",
                Self::Paid => "paid",
                Self::Confirmed => "confirmed",
                Self::Cancelled => "cancelled",
                Self::Reversed => "reversed",
                Self::Refunded => "refunded",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for InvoiceStatus {
        fn from(value: &str) -> Self {
            match value {
                "created" => Self::Created,
                "executed" => Self::Executed,
                "paid" => Self::Paid,
                "confirmed" => Self::Confirmed,
                "cancelled" => Self::Cancelled,
                "reversed" => Self::Reversed,
                "refunded" => Self::Refunded,
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
    /// The items of a `InvoiceListPage` page: its `invoices`.
    impl ::payspec::paginate::Items for InvoiceListPage {
        type Item = <::std::vec::Vec<
            InvoiceListItem,
        > as ::payspec::paginate::Items>::Item;
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            ::payspec::paginate::Items::into_items(self.invoices)
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Sber SmartPay invoice API (payments for smart apps)

The SmartPay ("Платежи") invoice API of Sber's virtual assistants (Салют) and smart apps:
a merchant creates an invoice (счёт) with a fiscal cart, the payment is started in the
assistant's payment dialog (or, for web and QR payments, by the merchant with
`invoice_start_payment`), and the merchant then reads the invoice, lists its invoices,
confirms or cancels a two-stage (held) payment and refunds it in full or in part.
`info.version` is the version of the downloadable "SmartPay API (1.02)" of the official
Redoc page.

**Base URL.** `https://smartpay.devices.sberbank.ru/smartpay/v1` (current docs, 2024-2025).
Older docs and clients use the legacy host
`https://smartmarket.online.sberbank.ru/smartpay/v1`. Unlike most of our specs, the base URL
carries the path prefix `/smartpay/v1`: the reference documents the resource paths
(`/invoices`, `/invoices/{invoice_id}`) relative to it. No sandbox host exists: tests run on
the same host with the test token. SberDevices' own client offers to switch off TLS
verification for the legacy host, so its certificate chain may need the Russian national CA
in the trust store.

**Authentication.** Every request carries `Authorization: Bearer <token>`
(`securitySchemes.bearer`). A SmartPay project in SmartMarket Studio gets a test token at
once; after moderation the merchant receives the operational token
(эксплуатационный токен) and the `service_id`, which goes into `invoice.order.service_id`
of every new invoice. The docs distinguish a **partner token** (the merchant's own SmartPay
token, used server-side: this client) from a **client token** (the end user's token, used
on the device by Sber's payment SDK): with a client token the invoice list is filtered to
that user automatically, and only with a partner token may the `user_id` filter of
`invoice_list` (the parameters `partner_client_id`, `user_uid`, `encrypted_sub_id`,
`partner_client_sub_id`) and the `user_id` body member naming the merchant's own customer
be used.

**Envelope.** Every answer body, success or failure, carries
`"error": {"user_message", "error_description", "error_code"}` (`ErrorObject`); on success
the official examples show `"error_code": "0"` (a string) with empty texts, and SberDevices'
SaluteJS types show the number `200` plus a top-level `code`. `error_code` is therefore read
as text (`Text`: `"0"`, `0`, `200` and `""` all decode).

**Errors.** The reference pages document failures as HTTP statuses: 400 "bad input
parameter", 401 "Access token is missing or invalid" and `default` "Unexpected error", each
with the body `{"error": {...}}`. They are declared as the `4XX` and `5XX` responses of
every operation (`ErrorEnvelope`, named by the root `x-error-envelope`). Since no
`error_code` catalogue is published and Sber's own and third-party clients read the JSON
whatever the status, the client also treats an **HTTP 200** body whose `error.error_code` is
present and is neither `0` nor `200` as a refusal; a 200 body with code `0` / `200` (or
without `error`) is a success and decodes as the operation's type, `error` included. Every
operation's `200` therefore shows both shapes (`anyOf` of its success schema and
`ErrorEnvelope`). SaluteJS documents the codes 200 (success), 400 (malformed request or
parameter), 401 (invalid or wrong token) and 403 (internal service error, contact support).

**Unknown fields.** Every object Sber sends declares `additionalProperties: {}`: members this
spec does not name are kept (the Rust `extra` map of each answer type), never dropped.

**Money and types.** Amounts are integers in kopecks without separator (1 ₽ = `100`,
"123 р. 00 коп." = `12300`); the currency is ISO 4217 (`RUB`; confirm and refund accept only
`RUB`). `invoice_id` is a string in the official create example but a number in the list
example and in SberDevices' types, so answers read it as text (`Text`); the same holds for
`order_number`. Datetimes are ISO 8601 strings such as `2020-04-29T08:17:03+03` (an offset
of hours only) or `2020-07-31T07:32:56.288Z`, the list filter takes dates `YYYY-MM-DD`; all
stay plain strings. Quantities, discount and commission values and the loyalty exchange
rate are decimals (`DecimalNumber`). The invoice status is an open enum (`InvoiceStatus`);
the tax system and VAT codes are plain integers with the known values described. Every
field of an answer is optional.

**Invoice lifecycle.** One-stage (`ptype` 0, the default): `created` → `executed` →
`confirmed`, or `cancelled` when the user gives up or the payment deadline passes (20
minutes by default, `order.expiration_date`). Two-stage (`ptype` 1): `created` → `executed`
→ `paid` (money held), then `invoice_confirm` (PUT, full or partial) → `confirmed`, or
`invoice_cancel` (DELETE) → `reversed`, or automatic completion at
`order.autocompletion_date`. A `confirmed` invoice can be refunded (PATCH) repeatedly until
the whole amount is returned; it then becomes `refunded`.

**Notifications.** The invoice API has no server-to-server callback. A smart app learns the
outcome from the assistant event `PAY_DIALOG_FINISHED` and must then read the invoice
(`invoice_get`), optionally by long polling (`inv_status` + `wait`): set the client timeout
above `wait`. The assistant commands (`POLICY_RUN_APP`) are not HTTP calls and are not
covered.

**Coverage and gaps.** The seven documented invoice operations. Not covered: the paths only
Sber's Android payment SDK calls with a client token (`/invoices/{id}/verify`, `/cards`),
and the separate subscriptions API (`/api/subscription-market/`, other auth header). The
lower halves of the official reference pages could not be read: the deep schemas, the
start-payment answer and the required flags of several order fields come from SberDevices'
open-source clients (SaluteJS, the native SDK demo) and Sber's payment SDK, and say so.
The HTTP methods of confirm (PUT) and cancel (DELETE) come from SaluteJS and the page
names; refund (PATCH) is shown on its page. Members described as "Sber's SDK model only
(inferred)" come from Sber's Android payment SDK (`com.sdkit.paylib`), seen only in
decompiled copies in public code whose repository could not be identified, so no URL is
given for them.


Version: 1.02*/
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
        "1.02"
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
    /**List a client's invoices

Returns a page of invoices ("Получить список счетов клиента") in the
Spring Data page wrapper: `invoices` plus `totalElements`, `totalPages`, `number`,
`size`, `numberOfElements`, `first`, `last`, `empty`, `pageable` and `sort`.

With a client token the invoices are those of that user; with a partner token (this
client) the docs' `user_id` filter may narrow them to one of the merchant's customers:
it is an object of which one member is set, declared here as the four flat parameters
`partner_client_id`, `user_uid`, `encrypted_sub_id`, `partner_client_sub_id` (set at
most one; partner token only). Without
`invoice_status` only `confirmed` and `paid` invoices are returned; the filter takes a
comma-separated list (`created,executed`) of `all`, `created`, `executed`, `cancelled`,
`paid`, `confirmed`, `reversed`, `refunded`. Further filters: creation dates
(`date_from`, `date_to`, `YYYY-MM-DD`), amount range in kopecks (`amount_from`,
`amount_to`), the last four card digits (`masked_pan`) and the merchant's order number
(`order_num`). Pages count from 0 (`page`), `size` records per page.


Sends a `GET` request to `/invoices`

Arguments:
- `amount_from`: Minimum invoice amount, in kopecks ("Сумма счета с").
- `amount_to`: Maximum invoice amount, in kopecks ("Сумма счета по").
- `date_from`: Invoices created on or after this date, `YYYY-MM-DD` ("Начальная дата создания счета").
- `date_to`: Invoices created up to this date, `YYYY-MM-DD` ("Конечная дата создания счета").
- `encrypted_sub_id`: `user_id` filter, member `encrypted_sub_id`: the assistant's user id (in scenarios `$request.rawRequest.uuid.sub`; partner token only; see `partner_client_id`).
- `invoice_status`: Statuses to return, one string with a comma-separated list (`created,executed`). Values: `all`, `created`, `executed`, `cancelled`, `paid`, `confirmed`, `reversed`, `refunded`. Absent: only `confirmed` and `paid` invoices.
- `masked_pan`: Last four digits of the card number (Sber's SDK checks `^[0-9]{4}$`).
- `order_num`: The order number in the merchant's system, as shown to the client ("Номер заказа в системе магазина, для клиента").
- `page`: Page to return, from 0 ("Results page you want to retrieve (0..N)").
- `partner_client_id`: Only the invoices of this customer of the merchant, by the merchant's own customer id. This and the next three parameters are the members of the docs' `user_id` filter (an object, one of `partner_client_id`, `user_uid`, `encrypted_sub_id`, `partner_client_sub_id`): set at most one. It "is filled only when a partner token is passed"; with a client token the list is filtered by the token's user automatically. The docs' rendering lists the four members as separate query parameters, so they are sent flat (`partner_client_id=43u111539f0q`); the exact serialisation of the object is not documented.
- `partner_client_sub_id`: `user_id` filter, member `partner_client_sub_id`: a sub-id of the merchant's customer (partner token only; see `partner_client_id`).
- `size`: Records per page ("Number of records per page."); the default is not documented.
- `user_uid`: `user_id` filter, member `user_uid`: a user id (partner token only; see `partner_client_id`).
```ignore
let response = client.invoice_list()
    .amount_from(amount_from)
    .amount_to(amount_to)
    .date_from(date_from)
    .date_to(date_to)
    .encrypted_sub_id(encrypted_sub_id)
    .invoice_status(invoice_status)
    .masked_pan(masked_pan)
    .order_num(order_num)
    .page(page)
    .partner_client_id(partner_client_id)
    .partner_client_sub_id(partner_client_sub_id)
    .size(size)
    .user_uid(user_uid)
    .send()
    .await;
```*/
    pub fn invoice_list(&self) -> builder::InvoiceList<'_> {
        builder::InvoiceList::new(self)
    }
    /**Create an invoice

Registers an invoice (счёт на оплату) for the order in `invoice.order` and returns its
`invoice_id`. In a smart app the assistant's payment dialog is then opened with that id
(`POLICY_RUN_APP` / the payment SDK); for web and QR payments the merchant starts the
payment itself with `invoice_start_payment`.

`order.order_id` must be unique within the `service_id` (issued with the token),
otherwise no new invoice is created. `order.amount` is the total in kopecks and must
equal the sum of the cart lines' `item_amount`. The cart (`order_bundle`) feeds the
fiscal receipt: the docs require it for payment invoices ("otherwise the payment will
not happen") and allow leaving it out only for pre-authorisation invoices. `ptype`
selects one-stage (0, default) or two-stage (1) payment; for two-stage payments
`autocompletion_date` completes the payment automatically. The buyer has 20 minutes to
pay unless `expiration_date` says otherwise. `user_id` names the merchant's own
customer (web payments, partner token only; `partner_client_id` must be enabled by
Sber support on request).


Sends a `POST` request to `/invoices`

```ignore
let response = client.invoice_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn invoice_create(&self) -> builder::InvoiceCreate<'_> {
        builder::InvoiceCreate::new(self)
    }
    /**Get an invoice (status, long polling)

Returns an invoice: its status, the invoice data sent at creation (`invoice`, only
with a successful answer), the payment data once paid (`payment_info`), and for an
unpaid invoice the payment options (`payment_methods`, the user's saved `cards`,
`form_url`).

**Lookup by the merchant's order id.** Pass `invoice_id` `0` with `service_id` and
`order_id` (the `order.order_id` sent at creation) to find the invoice without knowing
its id.

**Long polling.** With `inv_status` and `wait` (seconds) the server holds the request
while the invoice still has status `inv_status`, and answers as soon as the status
changes or when `wait` runs out. The maximum `wait` is not documented; the client
timeout must exceed it. This is the documented way to learn the outcome after the
assistant's `PAY_DIALOG_FINISHED` event (there is no callback).

The `device_*` parameters describe the device the payment runs on (Sber's SDK sends
them; a server-side caller may leave them out). The SDK also sends `receipt_info=true`,
`all_info=true` and `time_to_get_ext_info`, which are not documented and not declared.


Sends a `GET` request to `/invoices/{invoice_id}`

Arguments:
- `invoice_id`: The invoice id, or `0` to look the invoice up by `service_id` + `order_id`.
- `device_id`: Serial number (id) of the device.
- `device_manufacturer`: Device manufacturer (`Apple`).
- `device_model`: Device model (`iPhone 7`).
- `device_platform_type`: Operating system of the paying device (`iOS`).
- `device_platform_version`: Version of that operating system (`13.6.1`).
- `inv_status`: Long polling: the status the caller already knows. While the invoice has this status the server waits (up to `wait` seconds) before answering.
- `order_id`: With `invoice_id` `0`: the `order.order_id` the invoice was created with. Used together with `service_id`.
- `service_id`: With `invoice_id` `0`: the merchant's service id (issued with the token). Used together with `order_id`.
- `wait`: Long polling: how many seconds the caller is willing to wait for a status change (with `inv_status`). Set the client timeout above it.
```ignore
let response = client.invoice_get()
    .invoice_id(invoice_id)
    .device_id(device_id)
    .device_manufacturer(device_manufacturer)
    .device_model(device_model)
    .device_platform_type(device_platform_type)
    .device_platform_version(device_platform_version)
    .inv_status(inv_status)
    .order_id(order_id)
    .service_id(service_id)
    .wait(wait)
    .send()
    .await;
```*/
    pub fn invoice_get(&self) -> builder::InvoiceGet<'_> {
        builder::InvoiceGet::new(self)
    }
    /**Confirm a held two-stage payment (full or partial)

Completes a two-stage payment ("Подтверждение оплаты счета для двустадийного
платежа"): the invoice must be in status `paid` (money held) and becomes `confirmed`.
`invoice.order.amount` is the amount to charge, in kopecks: the full held amount, or
less for a partial confirmation, with the cart reduced to match (its `item_amount`s
must add up to `amount`). The docs require the cart for payment invoices. Only `RUB` is
accepted as currency.

SberDevices' SaluteJS sends this call without a body for a full confirmation; whether
the server accepts that is not documented, and this client always sends the documented
body. The HTTP method is taken from SaluteJS (the page itself could not be read that
far); SaluteJS's path `/invoice/{id}` (singular) is taken to be its bug.


Sends a `PUT` request to `/invoices/{invoice_id}`

Arguments:
- `invoice_id`: The invoice id.
- `author`: The user who makes the change ("автор изменения"); optional, free text.
- `body`
```ignore
let response = client.invoice_confirm()
    .invoice_id(invoice_id)
    .author(author)
    .body(body)
    .send()
    .await;
```*/
    pub fn invoice_confirm(&self) -> builder::InvoiceConfirm<'_> {
        builder::InvoiceConfirm::new(self)
    }
    /**Start the payment of an invoice

"Запуск оплаты счета": tells SmartPay which payment instrument pays the invoice. In a
smart app the assistant's payment dialog does this; a merchant calls it for web and QR
payments (partner token, with `user_id` naming its customer) and then redirects the
browser to `form_url` or shows it as a QR code.

Each entry of `operations` names an operation (`payment`, `prepare_payment`,
`payment_loyalty_points`), a `code` and a `value`. For `payment`, `code` is the
instrument the client chose (`new`, `card`, `QR`, `app2sbol`, `invoice`, `applestore`,
`googleplay`, `applepay`, `googlepay`; Sber's SDK also sends `sbp`, `mobile_b`,
`tinkoff_p`) and `value` the matching id (for `card` the saved card's id; the SDK sends
`"0"` for a new card, `app2sbol` and `sbp`). For `payment_loyalty_points`, `code` is the
loyalty programme (`sbrf_spasibo`) and `value` the points to spend in kopecks (123.50
points = `12350`). The answer's schema beyond `form_url` and `error` was not readable.


Sends a `POST` request to `/invoices/{invoice_id}`

Arguments:
- `invoice_id`: The invoice id returned by `invoice_create`.
- `body`
```ignore
let response = client.invoice_start_payment()
    .invoice_id(invoice_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn invoice_start_payment(&self) -> builder::InvoiceStartPayment<'_> {
        builder::InvoiceStartPayment::new(self)
    }
    /**Cancel a held two-stage payment

Cancels a two-stage payment whose money is held ("Отмена оплаты счета при двустадийном платеже"): the invoice must be in status `paid`; the hold is released and the invoice becomes `reversed` ("Отменен"). No body. The HTTP method follows the page name (delete-invoice) and SberDevices' SaluteJS. A confirmed invoice is refunded with `invoice_refund` instead.

Sends a `DELETE` request to `/invoices/{invoice_id}`

Arguments:
- `invoice_id`: The invoice id.
- `author`: The user who makes the change ("автор изменения"); optional, free text.
```ignore
let response = client.invoice_cancel()
    .invoice_id(invoice_id)
    .author(author)
    .send()
    .await;
```*/
    pub fn invoice_cancel(&self) -> builder::InvoiceCancel<'_> {
        builder::InvoiceCancel::new(self)
    }
    /**Refund an invoice (full or partial)

Returns money of a paid invoice ("Полный или частичный возврат"): the invoice must be in
status `confirmed`. `invoice.order.current_amount` is the invoice's current amount
(before this refund), `refund_amount` the amount to return now, both in kopecks, and
`order_bundle` the refund basket (the lines being refunded; the docs do not say more).
Only `RUB` is accepted as currency. The call can be repeated for partial refunds until
the whole amount is returned; the invoice then becomes `refunded` (after a partial
refund it presumably stays `confirmed` with a lower `amount_current`).


Sends a `PATCH` request to `/invoices/{invoice_id}`

Arguments:
- `invoice_id`: The invoice id.
- `author`: The user who makes the change ("автор изменения"); optional, free text.
- `body`
```ignore
let response = client.invoice_refund()
    .invoice_id(invoice_id)
    .author(author)
    .body(body)
    .send()
    .await;
```*/
    pub fn invoice_refund(&self) -> builder::InvoiceRefund<'_> {
        builder::InvoiceRefund::new(self)
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
    /**Builder for [`Client::invoice_list`]

[`Client::invoice_list`]: super::Client::invoice_list*/
    #[derive(Debug, Clone)]
    pub struct InvoiceList<'a> {
        client: &'a super::Client,
        amount_from: Result<Option<i64>, String>,
        amount_to: Result<Option<i64>, String>,
        date_from: Result<Option<::std::string::String>, String>,
        date_to: Result<Option<::std::string::String>, String>,
        encrypted_sub_id: Result<Option<::std::string::String>, String>,
        invoice_status: Result<Option<::std::string::String>, String>,
        masked_pan: Result<Option<::std::string::String>, String>,
        order_num: Result<Option<::std::string::String>, String>,
        page: Result<Option<i64>, String>,
        partner_client_id: Result<Option<::std::string::String>, String>,
        partner_client_sub_id: Result<Option<::std::string::String>, String>,
        size: Result<Option<i64>, String>,
        user_uid: Result<Option<::std::string::String>, String>,
    }
    impl<'a> InvoiceList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                amount_from: Ok(None),
                amount_to: Ok(None),
                date_from: Ok(None),
                date_to: Ok(None),
                encrypted_sub_id: Ok(None),
                invoice_status: Ok(None),
                masked_pan: Ok(None),
                order_num: Ok(None),
                page: Ok(None),
                partner_client_id: Ok(None),
                partner_client_sub_id: Ok(None),
                size: Ok(None),
                user_uid: Ok(None),
            }
        }
        pub fn amount_from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.amount_from = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for amount_from failed".to_string());
            self
        }
        pub fn amount_to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.amount_to = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for amount_to failed".to_string());
            self
        }
        pub fn date_from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.date_from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for date_from failed"
                        .to_string()
                });
            self
        }
        pub fn date_to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.date_to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for date_to failed"
                        .to_string()
                });
            self
        }
        pub fn encrypted_sub_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.encrypted_sub_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for encrypted_sub_id failed"
                        .to_string()
                });
            self
        }
        pub fn invoice_status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.invoice_status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for invoice_status failed"
                        .to_string()
                });
            self
        }
        pub fn masked_pan<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.masked_pan = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for masked_pan failed"
                        .to_string()
                });
            self
        }
        pub fn order_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.order_num = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for order_num failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page failed".to_string());
            self
        }
        pub fn partner_client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.partner_client_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for partner_client_id failed"
                        .to_string()
                });
            self
        }
        pub fn partner_client_sub_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.partner_client_sub_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for partner_client_sub_id failed"
                        .to_string()
                });
            self
        }
        pub fn size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for size failed".to_string());
            self
        }
        pub fn user_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_uid = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/invoices`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::InvoiceListPage>, Error<types::ErrorEnvelope>> {
            let Self {
                client,
                amount_from,
                amount_to,
                date_from,
                date_to,
                encrypted_sub_id,
                invoice_status,
                masked_pan,
                order_num,
                page,
                partner_client_id,
                partner_client_sub_id,
                size,
                user_uid,
            } = self;
            let amount_from = amount_from.map_err(Error::InvalidRequest)?;
            let amount_to = amount_to.map_err(Error::InvalidRequest)?;
            let date_from = date_from.map_err(Error::InvalidRequest)?;
            let date_to = date_to.map_err(Error::InvalidRequest)?;
            let encrypted_sub_id = encrypted_sub_id.map_err(Error::InvalidRequest)?;
            let invoice_status = invoice_status.map_err(Error::InvalidRequest)?;
            let masked_pan = masked_pan.map_err(Error::InvalidRequest)?;
            let order_num = order_num.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let partner_client_id = partner_client_id.map_err(Error::InvalidRequest)?;
            let partner_client_sub_id = partner_client_sub_id
                .map_err(Error::InvalidRequest)?;
            let size = size.map_err(Error::InvalidRequest)?;
            let user_uid = user_uid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/invoices", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("amount_from", &amount_from))
                .query(&progenitor_client::QueryParam::new("amount_to", &amount_to))
                .query(&progenitor_client::QueryParam::new("date_from", &date_from))
                .query(&progenitor_client::QueryParam::new("date_to", &date_to))
                .query(
                    &progenitor_client::QueryParam::new(
                        "encrypted_sub_id",
                        &encrypted_sub_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "invoice_status",
                        &invoice_status,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("masked_pan", &masked_pan))
                .query(&progenitor_client::QueryParam::new("order_num", &order_num))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(
                    &progenitor_client::QueryParam::new(
                        "partner_client_id",
                        &partner_client_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "partner_client_sub_id",
                        &partner_client_sub_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("size", &size))
                .query(&progenitor_client::QueryParam::new("user_uid", &user_uid))
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
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::invoice_create`]

[`Client::invoice_create`]: super::Client::invoice_create*/
    #[derive(Debug, Clone)]
    pub struct InvoiceCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateInvoiceRequest, String>,
    }
    impl<'a> InvoiceCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateInvoiceRequest>,
            <V as std::convert::TryInto<
                types::CreateInvoiceRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateInvoiceRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateInvoiceRequest,
            ) -> types::builder::CreateInvoiceRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/invoices`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateInvoiceResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateInvoiceRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/invoices", client.baseurl,);
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invoice_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::invoice_get`]

[`Client::invoice_get`]: super::Client::invoice_get*/
    #[derive(Debug, Clone)]
    pub struct InvoiceGet<'a> {
        client: &'a super::Client,
        invoice_id: Result<::std::string::String, String>,
        device_id: Result<Option<::std::string::String>, String>,
        device_manufacturer: Result<Option<::std::string::String>, String>,
        device_model: Result<Option<::std::string::String>, String>,
        device_platform_type: Result<Option<::std::string::String>, String>,
        device_platform_version: Result<Option<::std::string::String>, String>,
        inv_status: Result<Option<crate::generated::types::InvoiceStatus>, String>,
        order_id: Result<Option<::std::string::String>, String>,
        service_id: Result<Option<::std::string::String>, String>,
        wait: Result<Option<i64>, String>,
    }
    impl<'a> InvoiceGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                invoice_id: Err("invoice_id was not initialized".to_string()),
                device_id: Ok(None),
                device_manufacturer: Ok(None),
                device_model: Ok(None),
                device_platform_type: Ok(None),
                device_platform_version: Ok(None),
                inv_status: Ok(None),
                order_id: Ok(None),
                service_id: Ok(None),
                wait: Ok(None),
            }
        }
        pub fn invoice_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.invoice_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for invoice_id failed"
                        .to_string()
                });
            self
        }
        pub fn device_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.device_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for device_id failed"
                        .to_string()
                });
            self
        }
        pub fn device_manufacturer<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.device_manufacturer = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for device_manufacturer failed"
                        .to_string()
                });
            self
        }
        pub fn device_model<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.device_model = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for device_model failed"
                        .to_string()
                });
            self
        }
        pub fn device_platform_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.device_platform_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for device_platform_type failed"
                        .to_string()
                });
            self
        }
        pub fn device_platform_version<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.device_platform_version = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for device_platform_version failed"
                        .to_string()
                });
            self
        }
        pub fn inv_status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::generated::types::InvoiceStatus>,
        {
            self.inv_status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: generated :: types :: InvoiceStatus` for inv_status failed"
                        .to_string()
                });
            self
        }
        pub fn order_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.order_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for order_id failed"
                        .to_string()
                });
            self
        }
        pub fn service_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.service_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for service_id failed"
                        .to_string()
                });
            self
        }
        pub fn wait<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.wait = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for wait failed".to_string());
            self
        }
        ///Sends a `GET` request to `/invoices/{invoice_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetInvoiceResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self {
                client,
                invoice_id,
                device_id,
                device_manufacturer,
                device_model,
                device_platform_type,
                device_platform_version,
                inv_status,
                order_id,
                service_id,
                wait,
            } = self;
            let invoice_id = invoice_id.map_err(Error::InvalidRequest)?;
            let device_id = device_id.map_err(Error::InvalidRequest)?;
            let device_manufacturer = device_manufacturer
                .map_err(Error::InvalidRequest)?;
            let device_model = device_model.map_err(Error::InvalidRequest)?;
            let device_platform_type = device_platform_type
                .map_err(Error::InvalidRequest)?;
            let device_platform_version = device_platform_version
                .map_err(Error::InvalidRequest)?;
            let inv_status = inv_status.map_err(Error::InvalidRequest)?;
            let order_id = order_id.map_err(Error::InvalidRequest)?;
            let service_id = service_id.map_err(Error::InvalidRequest)?;
            let wait = wait.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/invoices/{}", client.baseurl, encode_path(& invoice_id.to_string()),
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
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("device_id", &device_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "device_manufacturer",
                        &device_manufacturer,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("device_model", &device_model),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "device_platform_type",
                        &device_platform_type,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "device_platform_version",
                        &device_platform_version,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("inv_status", &inv_status))
                .query(&progenitor_client::QueryParam::new("order_id", &order_id))
                .query(&progenitor_client::QueryParam::new("service_id", &service_id))
                .query(&progenitor_client::QueryParam::new("wait", &wait))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invoice_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::invoice_confirm`]

[`Client::invoice_confirm`]: super::Client::invoice_confirm*/
    #[derive(Debug, Clone)]
    pub struct InvoiceConfirm<'a> {
        client: &'a super::Client,
        invoice_id: Result<::std::string::String, String>,
        author: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::ConfirmInvoiceRequest, String>,
    }
    impl<'a> InvoiceConfirm<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                invoice_id: Err("invoice_id was not initialized".to_string()),
                author: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn invoice_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.invoice_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for invoice_id failed"
                        .to_string()
                });
            self
        }
        pub fn author<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.author = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for author failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ConfirmInvoiceRequest>,
            <V as std::convert::TryInto<
                types::ConfirmInvoiceRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ConfirmInvoiceRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ConfirmInvoiceRequest,
            ) -> types::builder::ConfirmInvoiceRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/invoices/{invoice_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::InvoiceActionResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, invoice_id, author, body } = self;
            let invoice_id = invoice_id.map_err(Error::InvalidRequest)?;
            let author = author.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ConfirmInvoiceRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/invoices/{}", client.baseurl, encode_path(& invoice_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = author {
                header_map.append("author", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invoice_confirm",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::invoice_start_payment`]

[`Client::invoice_start_payment`]: super::Client::invoice_start_payment*/
    #[derive(Debug, Clone)]
    pub struct InvoiceStartPayment<'a> {
        client: &'a super::Client,
        invoice_id: Result<::std::string::String, String>,
        body: Result<types::builder::StartPaymentRequest, String>,
    }
    impl<'a> InvoiceStartPayment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                invoice_id: Err("invoice_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn invoice_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.invoice_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for invoice_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StartPaymentRequest>,
            <V as std::convert::TryInto<
                types::StartPaymentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `StartPaymentRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::StartPaymentRequest,
            ) -> types::builder::StartPaymentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/invoices/{invoice_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::StartPaymentResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, invoice_id, body } = self;
            let invoice_id = invoice_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::StartPaymentRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/invoices/{}", client.baseurl, encode_path(& invoice_id.to_string()),
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
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invoice_start_payment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::invoice_cancel`]

[`Client::invoice_cancel`]: super::Client::invoice_cancel*/
    #[derive(Debug, Clone)]
    pub struct InvoiceCancel<'a> {
        client: &'a super::Client,
        invoice_id: Result<::std::string::String, String>,
        author: Result<Option<::std::string::String>, String>,
    }
    impl<'a> InvoiceCancel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                invoice_id: Err("invoice_id was not initialized".to_string()),
                author: Ok(None),
            }
        }
        pub fn invoice_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.invoice_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for invoice_id failed"
                        .to_string()
                });
            self
        }
        pub fn author<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.author = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for author failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/invoices/{invoice_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::InvoiceActionResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, invoice_id, author } = self;
            let invoice_id = invoice_id.map_err(Error::InvalidRequest)?;
            let author = author.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/invoices/{}", client.baseurl, encode_path(& invoice_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = author {
                header_map.append("author", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invoice_cancel",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::invoice_refund`]

[`Client::invoice_refund`]: super::Client::invoice_refund*/
    #[derive(Debug, Clone)]
    pub struct InvoiceRefund<'a> {
        client: &'a super::Client,
        invoice_id: Result<::std::string::String, String>,
        author: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::RefundInvoiceRequest, String>,
    }
    impl<'a> InvoiceRefund<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                invoice_id: Err("invoice_id was not initialized".to_string()),
                author: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn invoice_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.invoice_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for invoice_id failed"
                        .to_string()
                });
            self
        }
        pub fn author<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.author = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for author failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RefundInvoiceRequest>,
            <V as std::convert::TryInto<
                types::RefundInvoiceRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `RefundInvoiceRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RefundInvoiceRequest,
            ) -> types::builder::RefundInvoiceRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/invoices/{invoice_id}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::InvoiceActionResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, invoice_id, author, body } = self;
            let invoice_id = invoice_id.map_err(Error::InvalidRequest)?;
            let author = author.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::RefundInvoiceRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/invoices/{}", client.baseurl, encode_path(& invoice_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            if let Some(value) = author {
                header_map.append("author", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invoice_refund",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /// Sends the `invoice_list` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for InvoiceList<'a> {
        type Output = ::std::result::Result<types::InvoiceListPage, ::payspec::Error>;
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
    /// Sends the `invoice_create` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for InvoiceCreate<'a> {
        type Output = ::std::result::Result<
            types::CreateInvoiceResponse,
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
                    "invoice_create",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "invoice_create",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `invoice_get` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for InvoiceGet<'a> {
        type Output = ::std::result::Result<types::GetInvoiceResponse, ::payspec::Error>;
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
                    "invoice_get",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "invoice_get",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `invoice_confirm` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for InvoiceConfirm<'a> {
        type Output = ::std::result::Result<
            types::InvoiceActionResponse,
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
                    "invoice_confirm",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "invoice_confirm",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `invoice_start_payment` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for InvoiceStartPayment<'a> {
        type Output = ::std::result::Result<
            types::StartPaymentResponse,
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
                    "invoice_start_payment",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "invoice_start_payment",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `invoice_cancel` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for InvoiceCancel<'a> {
        type Output = ::std::result::Result<
            types::InvoiceActionResponse,
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
                    "invoice_cancel",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "invoice_cancel",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `invoice_refund` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for InvoiceRefund<'a> {
        type Output = ::std::result::Result<
            types::InvoiceActionResponse,
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
                    "invoice_refund",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "invoice_refund",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    impl<'a> InvoiceList<'a> {
        /// Every item of every page, fetched lazily: `page` from 0 on (page number), 20 items a page. The caller's other parameters are kept. See [`payspec::paginate`].
        pub fn stream(
            self,
        ) -> ::payspec::paginate::Pages<
            'a,
            <types::InvoiceListPage as ::payspec::paginate::Items>::Item,
        > {
            self.stream_by(20i64)
        }
        /// Like [`InvoiceList::stream`], with `page_size` items a page (`size`).
        pub fn stream_by(
            self,
            page_size: i64,
        ) -> ::payspec::paginate::Pages<
            'a,
            <types::InvoiceListPage as ::payspec::paginate::Items>::Item,
        > {
            let paging = ::payspec::paginate::Paging {
                provider: <crate::Inner as ::payspec::Provider>::NAME,
                operation: "invoice_list",
                first: 0i64,
                offset: false,
                page_size,
            };
            ::payspec::paginate::Pages::new(
                paging,
                move |page| {
                    let call = self.clone().page(page).size(page_size);
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
    "invoice_cancel",
    "invoice_confirm",
    "invoice_create",
    "invoice_get",
    "invoice_list",
    "invoice_refund",
    "invoice_start_payment",
];
/// Decodes `body` as the success answer of `operation` the way the client does; `None`
/// for an unknown operation or one whose answer is not JSON. For fuzzing and tests.
#[doc(hidden)]
pub fn decode_response(
    operation: &str,
    body: &[u8],
) -> Option<::std::result::Result<(), ::serde_json::Error>> {
    match operation {
        "invoice_cancel" => {
            Some(
                ::serde_json::from_slice::<types::InvoiceActionResponse>(body).map(drop),
            )
        }
        "invoice_confirm" => {
            Some(
                ::serde_json::from_slice::<types::InvoiceActionResponse>(body).map(drop),
            )
        }
        "invoice_create" => {
            Some(
                ::serde_json::from_slice::<types::CreateInvoiceResponse>(body).map(drop),
            )
        }
        "invoice_get" => {
            Some(::serde_json::from_slice::<types::GetInvoiceResponse>(body).map(drop))
        }
        "invoice_list" => {
            Some(::serde_json::from_slice::<types::InvoiceListPage>(body).map(drop))
        }
        "invoice_refund" => {
            Some(
                ::serde_json::from_slice::<types::InvoiceActionResponse>(body).map(drop),
            )
        }
        "invoice_start_payment" => {
            Some(::serde_json::from_slice::<types::StartPaymentResponse>(body).map(drop))
        }
        _ => None,
    }
}
/// How decoding each type of `mod types` allocates (see `DECODE_COSTS`).
#[allow(non_upper_case_globals)]
pub mod decode_costs {
    use super::types;
    pub static Amount: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("amount", &::payspec::envelope::Cost::Scalar)],
            extra: true,
            buffered: true,
        },
    );
    pub static BankInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("bank_country_code", &::payspec::envelope::Cost::Scalar),
                ("bank_country_name", &::payspec::envelope::Cost::Scalar),
                ("bank_image", &::payspec::envelope::Cost::Scalar),
                ("bank_name", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static ConfirmInvoice: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("order", &ConfirmOrder)],
            extra: false,
            buffered: false,
        },
    );
    pub static ConfirmInvoiceRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("invoice", &ConfirmInvoice)],
            extra: false,
            buffered: false,
        },
    );
    pub static ConfirmOrder: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("currency", &::payspec::envelope::Cost::Scalar),
                (
                    "order_bundle",
                    &::payspec::envelope::Cost::List {
                        item: &OrderBundleItem,
                        size: ::core::mem::size_of::<types::OrderBundleItem>(),
                        lenient: false,
                    },
                ),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static CreateInvoiceRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("invoice", &NewInvoice),
                ("ptype", &::payspec::envelope::Cost::Scalar),
                ("user_id", &UserId),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static CreateInvoiceResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("code", &::payspec::envelope::Cost::Scalar),
                ("error", &ErrorObject),
                ("invoice_id", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static DeliveryAddress: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("address", &::payspec::envelope::Cost::Scalar),
                ("city", &::payspec::envelope::Cost::Scalar),
                ("country", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static DeliveryAddressAnswer: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("address", &::payspec::envelope::Cost::Scalar),
                ("city", &::payspec::envelope::Cost::Scalar),
                ("country", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static DeliveryInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("address", &DeliveryAddress),
                ("delivery_type", &::payspec::envelope::Cost::Scalar),
                ("description", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static DeliveryInfoAnswer: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("address", &DeliveryAddressAnswer),
                ("delivery_type", &::payspec::envelope::Cost::Scalar),
                ("description", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static DeviceInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("device_id", &::payspec::envelope::Cost::Scalar),
                ("device_manufacturer", &::payspec::envelope::Cost::Scalar),
                ("device_model", &::payspec::envelope::Cost::Scalar),
                ("device_platform_type", &::payspec::envelope::Cost::Scalar),
                ("device_platform_version", &::payspec::envelope::Cost::Scalar),
                ("surface", &::payspec::envelope::Cost::Scalar),
                ("surface_version", &::payspec::envelope::Cost::Scalar),
                ("user_channel", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static DeviceInfoAnswer: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("device_id", &::payspec::envelope::Cost::Scalar),
                ("device_manufacturer", &::payspec::envelope::Cost::Scalar),
                ("device_model", &::payspec::envelope::Cost::Scalar),
                ("device_platform_type", &::payspec::envelope::Cost::Scalar),
                ("device_platform_version", &::payspec::envelope::Cost::Scalar),
                ("surface", &::payspec::envelope::Cost::Scalar),
                ("surface_version", &::payspec::envelope::Cost::Scalar),
                ("user_channel", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static ErrorEnvelope: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("code", &::payspec::envelope::Cost::Scalar),
                ("error", &ErrorObject),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static ErrorObject: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("error_code", &::payspec::envelope::Cost::Scalar),
                ("error_description", &::payspec::envelope::Cost::Scalar),
                ("user_message", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static GetInvoiceResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                (
                    "cards",
                    &::payspec::envelope::Cost::List {
                        item: &SavedCard,
                        size: ::core::mem::size_of::<types::SavedCard>(),
                        lenient: false,
                    },
                ),
                ("code", &::payspec::envelope::Cost::Scalar),
                ("error", &ErrorObject),
                ("form_url", &::payspec::envelope::Cost::Scalar),
                ("image", &::payspec::envelope::Cost::Scalar),
                ("invoice", &InvoiceInfo),
                ("invoice_date", &::payspec::envelope::Cost::Scalar),
                ("invoice_id", &::payspec::envelope::Cost::Scalar),
                ("invoice_status", &InvoiceStatus),
                ("payment_info", &PaymentInfo),
                ("payment_methods", &PaymentMethods),
                ("receipts", &::payspec::envelope::Cost::Untyped),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static InvoiceActionResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("code", &::payspec::envelope::Cost::Scalar),
                ("error", &ErrorObject),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static InvoiceInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("delivery_info", &DeliveryInfoAnswer),
                (
                    "invoice_params",
                    &::payspec::envelope::Cost::List {
                        item: &KeyValueAnswer,
                        size: ::core::mem::size_of::<types::KeyValueAnswer>(),
                        lenient: false,
                    },
                ),
                ("order", &OrderInfo),
                ("purchaser", &PurchaserAnswer),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static InvoiceListItem: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount_confirm", &Amount),
                ("amount_create", &Amount),
                ("amount_current", &Amount),
                ("currency", &::payspec::envelope::Cost::Scalar),
                ("description", &::payspec::envelope::Cost::Scalar),
                ("image", &::payspec::envelope::Cost::Scalar),
                ("invoice_date", &::payspec::envelope::Cost::Scalar),
                ("invoice_id", &::payspec::envelope::Cost::Scalar),
                ("invoice_status", &InvoiceStatus),
                ("language", &::payspec::envelope::Cost::Scalar),
                ("order_number", &::payspec::envelope::Cost::Scalar),
                ("org_inn", &::payspec::envelope::Cost::Scalar),
                ("org_name", &::payspec::envelope::Cost::Scalar),
                ("payment_info", &PaymentInfo),
                ("trade_name", &::payspec::envelope::Cost::Scalar),
                ("trademarks", &::payspec::envelope::Cost::Scalar),
                ("visual_amount", &::payspec::envelope::Cost::Scalar),
                ("visual_name", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static InvoiceListPage: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("empty", &::payspec::envelope::Cost::Scalar),
                ("error", &ErrorObject),
                ("first", &::payspec::envelope::Cost::Scalar),
                (
                    "invoices",
                    &::payspec::envelope::Cost::List {
                        item: &InvoiceListItem,
                        size: ::core::mem::size_of::<types::InvoiceListItem>(),
                        lenient: false,
                    },
                ),
                ("last", &::payspec::envelope::Cost::Scalar),
                ("number", &::payspec::envelope::Cost::Scalar),
                ("numberOfElements", &::payspec::envelope::Cost::Scalar),
                ("pageable", &Pageable),
                ("size", &::payspec::envelope::Cost::Scalar),
                ("sort", &PageSort),
                ("totalElements", &::payspec::envelope::Cost::Scalar),
                ("totalPages", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static InvoiceStatus: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static KeyValue: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("key", &::payspec::envelope::Cost::Scalar),
                ("value", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static KeyValueAnswer: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("key", &::payspec::envelope::Cost::Scalar),
                ("value", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static LoyaltyInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("award_bonus", &::payspec::envelope::Cost::Scalar),
                ("change_rate", &::payspec::envelope::Cost::Scalar),
                ("image", &::payspec::envelope::Cost::Scalar),
                ("payment_bonus", &::payspec::envelope::Cost::Scalar),
                ("service_code", &::payspec::envelope::Cost::Scalar),
                ("service_name", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static NewInvoice: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("delivery_info", &DeliveryInfo),
                (
                    "invoice_params",
                    &::payspec::envelope::Cost::List {
                        item: &KeyValue,
                        size: ::core::mem::size_of::<types::KeyValue>(),
                        lenient: false,
                    },
                ),
                ("order", &Order),
                ("purchaser", &Purchaser),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static Order: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("autocompletion_date", &::payspec::envelope::Cost::Scalar),
                ("currency", &::payspec::envelope::Cost::Scalar),
                ("description", &::payspec::envelope::Cost::Scalar),
                ("expiration_date", &::payspec::envelope::Cost::Scalar),
                ("language", &::payspec::envelope::Cost::Scalar),
                (
                    "order_bundle",
                    &::payspec::envelope::Cost::List {
                        item: &OrderBundleItem,
                        size: ::core::mem::size_of::<types::OrderBundleItem>(),
                        lenient: false,
                    },
                ),
                ("order_date", &::payspec::envelope::Cost::Scalar),
                ("order_id", &::payspec::envelope::Cost::Scalar),
                ("order_number", &::payspec::envelope::Cost::Scalar),
                ("purpose", &::payspec::envelope::Cost::Scalar),
                ("service_id", &::payspec::envelope::Cost::Scalar),
                ("tax_system", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static OrderBundleItem: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("currency", &::payspec::envelope::Cost::Scalar),
                ("discount_type", &::payspec::envelope::Cost::Scalar),
                ("discount_value", &::payspec::envelope::Cost::Scalar),
                ("image", &::payspec::envelope::Cost::Scalar),
                ("interest_type", &::payspec::envelope::Cost::Scalar),
                ("interest_value", &::payspec::envelope::Cost::Scalar),
                ("item_amount", &::payspec::envelope::Cost::Scalar),
                ("item_code", &::payspec::envelope::Cost::Scalar),
                (
                    "item_params",
                    &::payspec::envelope::Cost::List {
                        item: &KeyValue,
                        size: ::core::mem::size_of::<types::KeyValue>(),
                        lenient: false,
                    },
                ),
                ("item_price", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("position_id", &::payspec::envelope::Cost::Scalar),
                ("quantity", &Quantity),
                ("tax_sum", &::payspec::envelope::Cost::Scalar),
                ("tax_type", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static OrderBundleItemInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("currency", &::payspec::envelope::Cost::Scalar),
                ("discount_type", &::payspec::envelope::Cost::Scalar),
                ("discount_value", &::payspec::envelope::Cost::Scalar),
                ("image", &::payspec::envelope::Cost::Scalar),
                ("interest_type", &::payspec::envelope::Cost::Scalar),
                ("interest_value", &::payspec::envelope::Cost::Scalar),
                ("item_amount", &::payspec::envelope::Cost::Scalar),
                ("item_code", &::payspec::envelope::Cost::Scalar),
                ("item_code_sp", &::payspec::envelope::Cost::Scalar),
                (
                    "item_params",
                    &::payspec::envelope::Cost::List {
                        item: &KeyValueAnswer,
                        size: ::core::mem::size_of::<types::KeyValueAnswer>(),
                        lenient: false,
                    },
                ),
                ("item_price", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("position_id", &::payspec::envelope::Cost::Scalar),
                ("quantity", &QuantityAnswer),
                ("tax_sum", &::payspec::envelope::Cost::Scalar),
                ("tax_type", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static OrderInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("autocompletion_date", &::payspec::envelope::Cost::Scalar),
                ("currency", &::payspec::envelope::Cost::Scalar),
                ("description", &::payspec::envelope::Cost::Scalar),
                ("expiration_date", &::payspec::envelope::Cost::Scalar),
                ("language", &::payspec::envelope::Cost::Scalar),
                (
                    "order_bundle",
                    &::payspec::envelope::Cost::List {
                        item: &OrderBundleItemInfo,
                        size: ::core::mem::size_of::<types::OrderBundleItemInfo>(),
                        lenient: false,
                    },
                ),
                ("order_date", &::payspec::envelope::Cost::Scalar),
                ("order_id", &::payspec::envelope::Cost::Scalar),
                ("order_number", &::payspec::envelope::Cost::Scalar),
                ("org_inn", &::payspec::envelope::Cost::Scalar),
                ("org_name", &::payspec::envelope::Cost::Scalar),
                ("purchase_id", &::payspec::envelope::Cost::Scalar),
                ("purpose", &::payspec::envelope::Cost::Scalar),
                ("service_id", &::payspec::envelope::Cost::Scalar),
                ("tax_system", &::payspec::envelope::Cost::Scalar),
                ("trade_name", &::payspec::envelope::Cost::Scalar),
                ("visual_amount", &::payspec::envelope::Cost::Scalar),
                ("visual_name", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static PageSort: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("empty", &::payspec::envelope::Cost::Scalar),
                ("sorted", &::payspec::envelope::Cost::Scalar),
                ("unsorted", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static Pageable: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("offset", &::payspec::envelope::Cost::Scalar),
                ("pageNumber", &::payspec::envelope::Cost::Scalar),
                ("pageSize", &::payspec::envelope::Cost::Scalar),
                ("paged", &::payspec::envelope::Cost::Scalar),
                ("sort", &PageSort),
                ("unpaged", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static PaymentInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("bank_info", &BankInfo),
                ("card_id", &::payspec::envelope::Cost::Scalar),
                ("cardholder", &::payspec::envelope::Cost::Scalar),
                ("device_info", &DeviceInfoAnswer),
                ("expiry_date", &::payspec::envelope::Cost::Scalar),
                ("image", &::payspec::envelope::Cost::Scalar),
                ("loyalty_info", &LoyaltyInfo),
                ("masked_pan", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("partner_client_id", &::payspec::envelope::Cost::Scalar),
                ("payment_date", &::payspec::envelope::Cost::Scalar),
                ("payment_id", &::payspec::envelope::Cost::Scalar),
                ("payment_params", &::payspec::envelope::Cost::Untyped),
                ("payment_system", &::payspec::envelope::Cost::Scalar),
                ("payment_system_image", &::payspec::envelope::Cost::Scalar),
                ("payment_way", &::payspec::envelope::Cost::Scalar),
                ("payment_way_code", &::payspec::envelope::Cost::Scalar),
                ("payment_way_logo", &::payspec::envelope::Cost::Scalar),
                ("paysys", &::payspec::envelope::Cost::Scalar),
                ("paysys_code", &::payspec::envelope::Cost::Scalar),
                ("paysys_image", &::payspec::envelope::Cost::Scalar),
                ("status", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static PaymentMethod: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("action", &::payspec::envelope::Cost::Scalar),
                ("method", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static PaymentMethods: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                (
                    "methods",
                    &::payspec::envelope::Cost::List {
                        item: &PaymentMethod,
                        size: ::core::mem::size_of::<
                            crate::generated::types::PaymentMethod,
                        >(),
                        lenient: true,
                    },
                ),
                ("user_message", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static PaymentOperation: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("code", &::payspec::envelope::Cost::Scalar),
                ("operation", &::payspec::envelope::Cost::Scalar),
                ("value", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static Purchaser: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("contact", &::payspec::envelope::Cost::Scalar),
                ("email", &::payspec::envelope::Cost::Scalar),
                ("phone", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static PurchaserAnswer: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("contact", &::payspec::envelope::Cost::Scalar),
                ("email", &::payspec::envelope::Cost::Scalar),
                ("phone", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static Quantity: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("measure", &::payspec::envelope::Cost::Scalar),
                ("value", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static QuantityAnswer: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("measure", &::payspec::envelope::Cost::Scalar),
                ("value", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static RefundInvoice: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("order", &RefundOrder)],
            extra: false,
            buffered: false,
        },
    );
    pub static RefundInvoiceRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("invoice", &RefundInvoice)],
            extra: false,
            buffered: false,
        },
    );
    pub static RefundOrder: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("currency", &::payspec::envelope::Cost::Scalar),
                ("current_amount", &::payspec::envelope::Cost::Scalar),
                (
                    "order_bundle",
                    &::payspec::envelope::Cost::List {
                        item: &OrderBundleItem,
                        size: ::core::mem::size_of::<types::OrderBundleItem>(),
                        lenient: false,
                    },
                ),
                ("refund_amount", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static SavedCard: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("bank_info", &BankInfo),
                ("card_id", &::payspec::envelope::Cost::Scalar),
                ("cardholder", &::payspec::envelope::Cost::Scalar),
                ("expiry_date", &::payspec::envelope::Cost::Scalar),
                ("image", &::payspec::envelope::Cost::Scalar),
                ("masked_pan", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("payment_system", &::payspec::envelope::Cost::Scalar),
                ("payment_system_image", &::payspec::envelope::Cost::Scalar),
                ("paysys", &::payspec::envelope::Cost::Scalar),
                ("paysys_image", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static StartPaymentRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("device_info", &DeviceInfo),
                ("fail_url", &::payspec::envelope::Cost::Scalar),
                (
                    "operations",
                    &::payspec::envelope::Cost::List {
                        item: &PaymentOperation,
                        size: ::core::mem::size_of::<types::PaymentOperation>(),
                        lenient: false,
                    },
                ),
                ("return_deeplink", &::payspec::envelope::Cost::Scalar),
                ("return_url", &::payspec::envelope::Cost::Scalar),
                ("success_url", &::payspec::envelope::Cost::Scalar),
                ("user_id", &UserId),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static StartPaymentResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("code", &::payspec::envelope::Cost::Scalar),
                ("error", &ErrorObject),
                ("form_url", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static UserId: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("encrypted_sub_id", &::payspec::envelope::Cost::Scalar),
                ("partner_client_id", &::payspec::envelope::Cost::Scalar),
                ("partner_client_sub_id", &::payspec::envelope::Cost::Scalar),
                ("user_uid", &::payspec::envelope::Cost::Scalar),
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
    ("invoice_cancel", &decode_costs::InvoiceActionResponse),
    ("invoice_confirm", &decode_costs::InvoiceActionResponse),
    ("invoice_create", &decode_costs::CreateInvoiceResponse),
    ("invoice_get", &decode_costs::GetInvoiceResponse),
    ("invoice_list", &decode_costs::InvoiceListPage),
    ("invoice_refund", &decode_costs::InvoiceActionResponse),
    ("invoice_start_payment", &decode_costs::StartPaymentResponse),
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
/// | `invoice_cancel` | never | Not retried automatically: the invoice must be in status `paid` and becomes `reversed` (https://developers.sber.ru/docs/ru/va/about/monetization/payments/reference/delete-invoice), so after an uncertain failure read `invoice_get`; `reversed` means the first call went through. |
/// | `invoice_confirm` | never | Not retried automatically: the invoice must be in status `paid` and becomes `confirmed` (https://developers.sber.ru/docs/ru/va/about/monetization/payments/reference/confirm-invoice), so after an uncertain failure read `invoice_get`; `confirmed` means the first call went through. |
/// | `invoice_create` | yes | Safe to repeat: `order.order_id` must be unique within the `service_id` and a request repeating it creates no new invoice (https://developers.sber.ru/docs/ru/va/about/monetization/payments/reference/create-invoice); whether the repeat answers with the existing `invoice_id` or an error is not documented, so on an error look the invoice up with `invoice_get` (`invoice_id` 0 plus `service_id` and `order_id`). |
/// | `invoice_get` | yes |  |
/// | `invoice_list` | yes |  |
/// | `invoice_refund` | never | Not retried automatically, since partial refunds may be repeated by design (https://developers.sber.ru/docs/ru/va/about/monetization/payments/reference/refund-invoice): after an uncertain failure compare the invoice's `amount_current` (`invoice_list`) or `invoice_status` `refunded` (`invoice_get`) with the `current_amount` you sent before refunding again. |
/// | `invoice_start_payment` | never | Not retried automatically: after an uncertain failure read the invoice with `invoice_get`; an `invoice_status` past `created` (e.g. `executed`) and its `form_url` show whether the payment was started (https://developers.sber.ru/docs/ru/va/about/monetization/payments/statuses). |
pub const IDEMPOTENT: &[&str] = &["invoice_create", "invoice_get", "invoice_list"];
/// What each operation's `send()` does with an answer, sorted by operation: the
/// statuses it declares and how it decodes the success (see `payspec::hooks::Answers`).
pub const ANSWERS: &[::payspec::hooks::Answers] = &[
    ::payspec::hooks::Answers {
        operation: "invoice_cancel",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::InvoiceActionResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "invoice_confirm",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::InvoiceActionResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "invoice_create",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::CreateInvoiceResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "invoice_get",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::GetInvoiceResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "invoice_list",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::InvoiceListPage>()),
    },
    ::payspec::hooks::Answers {
        operation: "invoice_refund",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::InvoiceActionResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "invoice_start_payment",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::StartPaymentResponse>()),
    },
];
/// The members each operation's success answer may carry (its `200` JSON schema):
/// an object answer with members, none of them among these, is in no documented shape
/// and becomes a decode error, as does a list none of whose items is.
pub const SUCCESS_MEMBERS: &[::payspec::envelope::SuccessMembers] = &[
    ::payspec::envelope::SuccessMembers {
        operation: "invoice_list",
        members: &[
            "code",
            "empty",
            "error",
            "first",
            "invoices",
            "last",
            "number",
            "numberOfElements",
            "pageable",
            "size",
            "sort",
            "totalElements",
            "totalPages",
        ],
        items: &[],
        lists: &[
            (
                "invoices",
                &[
                    "amount_confirm",
                    "amount_create",
                    "amount_current",
                    "currency",
                    "description",
                    "image",
                    "invoice_date",
                    "invoice_id",
                    "invoice_status",
                    "language",
                    "order_number",
                    "org_inn",
                    "org_name",
                    "payment_info",
                    "trade_name",
                    "trademarks",
                    "visual_amount",
                    "visual_name",
                ],
            ),
        ],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "invoice_create",
        members: &["code", "error", "invoice_id"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "invoice_get",
        members: &[
            "cards",
            "code",
            "error",
            "form_url",
            "image",
            "invoice",
            "invoice_date",
            "invoice_id",
            "invoice_status",
            "payment_info",
            "payment_methods",
            "receipts",
        ],
        items: &[],
        lists: &[
            (
                "cards",
                &[
                    "bank_info",
                    "card_id",
                    "cardholder",
                    "expiry_date",
                    "image",
                    "masked_pan",
                    "name",
                    "payment_system",
                    "payment_system_image",
                    "paysys",
                    "paysys_image",
                ],
            ),
        ],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "invoice_confirm",
        members: &["code", "error"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "invoice_start_payment",
        members: &["code", "error", "form_url"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "invoice_cancel",
        members: &["code", "error"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "invoice_refund",
        members: &["code", "error"],
        items: &[],
        lists: &[],
    },
];
/// How the error envelope `ErrorEnvelope` is recognised, with its documented messages and codes (`x-envelope`, `x-known-messages`, `x-known-codes`, `x-success-codes` in the spec).
pub const ENVELOPE: ::payspec::envelope::Envelope = ::payspec::envelope::Envelope {
    schema: "ErrorEnvelope",
    member: ::std::option::Option::Some("error"),
    marker: &["error", "error_code"],
    test: ::payspec::envelope::Test::Success(&["0", "200", ""]),
    absent: ::payspec::envelope::Absent::Success,
    http_errors: true,
    unless: &[],
    code: &[&["error", "error_code"]],
    messages: &[&["error", "user_message"], &["error", "error_description"]],
    auth_status: &[401u16],
    known_messages: &[],
    known_codes: &[
        ::payspec::envelope::KnownCode {
            code: "400",
            status: ::std::option::Option::Some(400u16),
            kind: ::payspec::RejectionKind::Provider,
        },
        ::payspec::envelope::KnownCode {
            code: "401",
            status: ::std::option::Option::Some(401u16),
            kind: ::payspec::RejectionKind::Authentication,
        },
        ::payspec::envelope::KnownCode {
            code: "403",
            status: ::std::option::Option::Some(403u16),
            kind: ::payspec::RejectionKind::Provider,
        },
    ],
};
/// The credential `bearer` (`securitySchemes` or `x-auth` in the spec).
pub const CREDENTIAL_BEARER: ::payspec::envelope::Credential = ::payspec::envelope::Credential {
    name: "bearer",
    placement: ::payspec::envelope::Placement::Header,
    scheme: ::std::option::Option::Some("bearer"),
};
/// Every credential, from `securitySchemes` and `x-auth` in the spec.
pub const CREDENTIALS: &[::payspec::envelope::Credential] = &[CREDENTIAL_BEARER];
/// The path of the operation that fetches the session token (the `x-auth` item with
/// `operation` in the spec), if the provider has one.
pub const TOKEN_ENDPOINT: ::std::option::Option<&str> = ::std::option::Option::None;
/// The checks made before sending (`x-pre-send-check`, `x-non-empty-path-parameters`).
pub const PRE_SEND_CHECKS: &[::payspec::envelope::PreSendCheck] = &[
    ::payspec::envelope::PreSendCheck {
        operation: "invoice_create",
        check: ::payspec::envelope::Check::OrderTotal,
    },
    ::payspec::envelope::PreSendCheck {
        operation: "invoice_get",
        check: ::payspec::envelope::Check::NonEmptyPath {
            parameter: "invoice_id",
            path: "/invoices/{invoice_id}",
        },
    },
    ::payspec::envelope::PreSendCheck {
        operation: "invoice_confirm",
        check: ::payspec::envelope::Check::OrderTotal,
    },
    ::payspec::envelope::PreSendCheck {
        operation: "invoice_confirm",
        check: ::payspec::envelope::Check::NonEmptyPath {
            parameter: "invoice_id",
            path: "/invoices/{invoice_id}",
        },
    },
    ::payspec::envelope::PreSendCheck {
        operation: "invoice_start_payment",
        check: ::payspec::envelope::Check::NonEmptyPath {
            parameter: "invoice_id",
            path: "/invoices/{invoice_id}",
        },
    },
    ::payspec::envelope::PreSendCheck {
        operation: "invoice_cancel",
        check: ::payspec::envelope::Check::NonEmptyPath {
            parameter: "invoice_id",
            path: "/invoices/{invoice_id}",
        },
    },
    ::payspec::envelope::PreSendCheck {
        operation: "invoice_refund",
        check: ::payspec::envelope::Check::NonEmptyPath {
            parameter: "invoice_id",
            path: "/invoices/{invoice_id}",
        },
    },
];
/// The base URLs of the spec's `servers`, in its order (a `{variable}` stays as written).
pub const SERVERS: &[&str] = &[
    "https://smartpay.devices.sberbank.ru/smartpay/v1",
    "https://smartmarket.online.sberbank.ru/smartpay/v1",
];
/// Every code the spec documents (`x-known-codes`), by name.
pub mod known_codes {
    /// The documented code `400` (`x-known-codes` in the spec).
    pub const CODE_400: &str = "400";
    /// The documented code `401` (`x-known-codes` in the spec).
    pub const CODE_401: &str = "401";
    /// The documented code `403` (`x-known-codes` in the spec).
    pub const CODE_403: &str = "403";
}
