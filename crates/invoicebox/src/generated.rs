// @generated from specs/invoicebox.yaml by `cargo xtask generate` — do not edit.
// Provider: invoicebox. Edit the spec and regenerate instead.
#![allow(clippy::all, unused_imports, dead_code, missing_docs, unreachable_pub, rustdoc::all)]

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///The error object of `ErrorEnvelope`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ApiError {
        /**Machine-readable code (a plain string; new codes may appear). Documented:

| code | HTTP | meaning |
|---|---|---|
| `unauthorized` | 401 | missing or wrong authorization data |
| `forbidden` | 403 | access to the resource or object denied |
| `wrong_expiration_date` | 422 | bad `expirationDate` (e.g. in the past) |
| `wrong_currency` | 422 | bad `currencyId` |
| `language_not_found` | 422 | bad `languageId` |
| `wrong_basket_item_total_amount` | 422 | a line's `totalAmount` does not match |
| `wrong_basket_item_total_vat_amount` | 422 | a line's `totalVatAmount` does not match |
| `wrong_basket_item_amount_wo_vat` | 422 | a line's `amountWoVat` does not match |
| `wrong_total_amount` | 422 | the order `amount` does not match the basket |
| `wrong_total_vat_amount` | 422 | the order `vatAmount` does not match the basket |
| `wrong_order_status` | 422 | the order's status does not allow the operation |
| `merchant_order_id_duplicate` | 422 | the store's order (or refund) number was already used |

HTTP 429 (too many requests) and 500 (unhandled server error) have no documented code.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///Per-field problems; empty when the error is not about a field.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub fields: ::std::vec::Vec<FieldError>,
        ///Human-readable message (`Unauthorized`, `Calculation Error`, ...).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ApiError {
        pub fn builder() -> builder::ApiError {
            Default::default()
        }
    }
    /**A basket line (позиция корзины) as the store sends it: order creation and change,
correction orders, agent orders, shipments and refunds. The shipment page's table
lacks `serviceDate`, `categoryType` and `category`. Consistency rules (errors
`wrong_basket_item_*`): `totalAmount = amount × quantity` (subject to `roundPolicy`)
and `amountWoVat × quantity + totalVatAmount ≈ totalAmount` within 0.01. Answers use
`BasketItemInfo`, with nothing required.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BasketItem {
        ///Price of one unit including VAT, in major units.
        pub amount: ::payspec::DecimalNumber,
        ///Price of one unit without VAT, in major units.
        #[serde(rename = "amountWoVat")]
        pub amount_wo_vat: ::payspec::DecimalNumber,
        ///Product group of marked goods, up to 20 characters: `lp`, `shoes`, `tobacco`, `perfumery`, `tires`, `electronics`, `milk`, `bicycle`, `wheelchairs`, `otp`, `water`, `furs`, `beer`, `ncp`, `bio`, `antiseptic`, `seafood`, `nabeer`, `softdrinks`. Order creation only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub category: ::std::option::Option<::std::string::String>,
        ///Kind of `category` for marked goods (Честный знак), required when `category` is set: `merchantHonestSignMap` (the store's own category map) or `honestSign`. Order creation only.
        #[serde(
            rename = "categoryType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub category_type: ::std::option::Option<::std::string::String>,
        ///Excise amount (optional).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub excise: ::std::option::Option<::payspec::DecimalNumber>,
        ///Gross weight (optional; a JSON number).
        #[serde(
            rename = "grossWeight",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub gross_weight: ::std::option::Option<::payspec::DecimalNumber>,
        ///Group name for the reporting documents, up to 500 characters.
        #[serde(
            rename = "groupName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_name: ::std::option::Option<::std::string::String>,
        ///Unit name, up to 10 characters (`шт.`).
        pub measure: ::std::string::String,
        ///OKEI unit code, up to 4 characters, as a string (`796` = piece).
        #[serde(rename = "measureCode")]
        pub measure_code: ::std::string::String,
        ///Free-form JSON-LD metadata (see MetaData).
        #[serde(
            rename = "metaData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meta_data: ::std::option::Option<MetaData>,
        ///Name, up to 500 characters; must name the goods or service concretely (54-FZ receipts).
        pub name: ::std::string::String,
        ///Net weight (optional; a JSON number).
        #[serde(
            rename = "netWeight",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub net_weight: ::std::option::Option<::payspec::DecimalNumber>,
        ///Country of origin, up to 20 characters (`Россия`).
        #[serde(
            rename = "originCountry",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub origin_country: ::std::option::Option<::std::string::String>,
        ///Numeric country of origin code, up to 4 characters (`643`).
        #[serde(
            rename = "originCountryCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub origin_country_code: ::std::option::Option<::std::string::String>,
        ///Payment method of the line (признак способа расчёта).
        #[serde(rename = "paymentType")]
        pub payment_type: crate::generated::types::PaymentType,
        ///Number of units; fractions allowed (a JSON number).
        pub quantity: ::payspec::DecimalNumber,
        ///Date the service is rendered, `YYYY-MM-DD`, for service lines (not in the shipment table).
        #[serde(
            rename = "serviceDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_date: ::std::option::Option<::std::string::String>,
        ///Article or id of the item, up to 500 characters (`5fe0adcfa7fb4`; the MCP server limits it to 36). Needed to refund the line later.
        pub sku: ::std::string::String,
        ///Sum of all units including VAT (= amount × quantity, subject to roundPolicy).
        #[serde(rename = "totalAmount")]
        pub total_amount: ::payspec::DecimalNumber,
        ///VAT of all units.
        #[serde(rename = "totalVatAmount")]
        pub total_vat_amount: ::payspec::DecimalNumber,
        ///Kind of the line: `service`, `commodity`, or an FFD tag 1212 code.
        #[serde(rename = "type")]
        pub type_: crate::generated::types::BasketItemType,
        ///VAT rate of the line.
        #[serde(rename = "vatCode")]
        pub vat_code: crate::generated::types::VatCode,
    }
    impl BasketItem {
        pub fn builder() -> builder::BasketItem {
            Default::default()
        }
    }
    ///A basket line as Invoicebox returns it (orders, refunds, shipments, notifications, the refundable lines): the fields of `BasketItem`, none required, plus `availableAmount` / `availableVatAmount` in the answer of `refund_basket_items` (MCP only). The docs' "Обязательное" column of BasketItem is about the lines a store sends; no page says that every line an answer carries (in particular `refund_basket_items`, which no page documents) has each of them, so nothing is required here (nothing is inferred). Money in major units; `amount` is the unit price with VAT, `amountWoVat` without, `totalAmount` / `totalVatAmount` for all units.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BasketItemInfo {
        ///Price of one unit including VAT, in major units.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::DecimalNumber>,
        ///Price of one unit without VAT, in major units.
        #[serde(
            rename = "amountWoVat",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub amount_wo_vat: ::std::option::Option<::payspec::DecimalNumber>,
        ///What remains refundable of this line, including VAT. Only in refund_basket_items answers, read by the MCP server; not in the docs.
        #[serde(
            rename = "availableAmount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub available_amount: ::std::option::Option<::payspec::DecimalNumber>,
        ///VAT of what remains refundable of this line. Only in refund_basket_items answers (MCP); not in the docs.
        #[serde(
            rename = "availableVatAmount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub available_vat_amount: ::std::option::Option<::payspec::DecimalNumber>,
        ///Product group of marked goods (`shoes`, `milk`, ...).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub category: ::std::option::Option<::std::string::String>,
        ///`merchantHonestSignMap` or `honestSign` (marked goods).
        #[serde(
            rename = "categoryType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub category_type: ::std::option::Option<::std::string::String>,
        ///Excise amount (optional).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub excise: ::std::option::Option<::payspec::DecimalNumber>,
        ///Gross weight (optional; a JSON number).
        #[serde(
            rename = "grossWeight",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub gross_weight: ::std::option::Option<::payspec::DecimalNumber>,
        ///Group name for reporting documents.
        #[serde(
            rename = "groupName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_name: ::std::option::Option<::std::string::String>,
        ///Unit name (`шт`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub measure: ::std::option::Option<::std::string::String>,
        ///OKEI unit code (`796`).
        #[serde(
            rename = "measureCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub measure_code: ::std::option::Option<::std::string::String>,
        ///Free-form JSON-LD metadata (see MetaData).
        #[serde(
            rename = "metaData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meta_data: ::std::option::Option<MetaData>,
        ///Name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Net weight (optional; a JSON number).
        #[serde(
            rename = "netWeight",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub net_weight: ::std::option::Option<::payspec::DecimalNumber>,
        ///Country of origin (`Россия`).
        #[serde(
            rename = "originCountry",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub origin_country: ::std::option::Option<::std::string::String>,
        ///Numeric country of origin code (`643`).
        #[serde(
            rename = "originCountryCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub origin_country_code: ::std::option::Option<::std::string::String>,
        ///Payment method of the line (признак способа расчёта).
        #[serde(
            rename = "paymentType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payment_type: ::std::option::Option<crate::generated::types::PaymentType>,
        ///Number of units; fractions allowed (a JSON number).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quantity: ::std::option::Option<::payspec::DecimalNumber>,
        ///Service date, `YYYY-MM-DD`.
        #[serde(
            rename = "serviceDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_date: ::std::option::Option<::std::string::String>,
        ///Article or id of the item.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sku: ::std::option::Option<::std::string::String>,
        ///Sum of all units including VAT (= amount × quantity, subject to roundPolicy).
        #[serde(
            rename = "totalAmount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_amount: ::std::option::Option<::payspec::DecimalNumber>,
        ///VAT of all units.
        #[serde(
            rename = "totalVatAmount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_vat_amount: ::std::option::Option<::payspec::DecimalNumber>,
        ///Kind of the line: `service`, `commodity`, or an FFD tag 1212 code.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::generated::types::BasketItemType>,
        ///VAT rate of the line.
        #[serde(
            rename = "vatCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vat_code: ::std::option::Option<crate::generated::types::VatCode>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl BasketItemInfo {
        pub fn builder() -> builder::BasketItemInfo {
            Default::default()
        }
    }
    ///`{"data": [BasketItemInfo], "extendedData": [...]}` (answer of `refund_basket_items`). `data` is required: a success answer carries its data in `data` (https://docs.invoicebox.ru/docs/api/, "Структура ответа"; the ValidateResponse, CodeResponse and PayResponse tables of the guarantee pages mark it "Обязательное: да").
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BasketItemListEnvelope {
        ///The refundable lines.
        pub data: ::std::vec::Vec<BasketItemInfo>,
        ///Extra data; `[]` in every example. Any JSON.
        #[serde(
            rename = "extendedData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub extended_data: ::std::option::Option<::serde_json::Value>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl BasketItemListEnvelope {
        pub fn builder() -> builder::BasketItemListEnvelope {
            Default::default()
        }
    }
    ///Answer of `auth_check`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CheckAuth {
        ///Always `null` in the examples; any JSON is accepted.
        #[serde(
            rename = "accessToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub access_token: ::std::option::Option<::serde_json::Value>,
        ///Always `null` in the examples; any JSON is accepted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub profile: ::std::option::Option<::serde_json::Value>,
        ///Id of the user the token belongs to (UUID); `null` without a token.
        #[serde(
            rename = "userId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CheckAuth {
        pub fn builder() -> builder::CheckAuth {
            Default::default()
        }
    }
    ///`{"data": CheckAuth, "extendedData": [...]}`. `data` is required: a success answer carries its data in `data` (https://docs.invoicebox.ru/docs/api/, "Структура ответа"; the ValidateResponse, CodeResponse and PayResponse tables of the guarantee pages mark it "Обязательное: да").
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CheckAuthEnvelope {
        ///The user behind the token.
        pub data: CheckAuth,
        ///Extra data; `[]` in every example. Any JSON.
        #[serde(
            rename = "extendedData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub extended_data: ::std::option::Option<::serde_json::Value>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CheckAuthEnvelope {
        pub fn builder() -> builder::CheckAuthEnvelope {
            Default::default()
        }
    }
    ///Body of `payment_method_send_code` (the same fields as `ValidateRequest`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CodeRequest {
        ///The buyer who pays.
        pub customer: Customer,
        ///Language of the messages (`ru`, `en`).
        #[serde(
            rename = "languageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub language_id: ::std::option::Option<crate::generated::types::LanguageId>,
        ///Payment method id: pre-selected on the payment page (an integer in the docs, e.g. 123), or in the guarantee calls the payment-confirmation instrument id (a string of up to 36 characters, e.g. "39363265"). No call lists these ids; read and written as text.
        #[serde(rename = "paymentMethodId")]
        pub payment_method_id: ::payspec::Text,
    }
    impl CodeRequest {
        pub fn builder() -> builder::CodeRequest {
            Default::default()
        }
    }
    ///Registry details of a company or sole proprietor (`counterparty_lookup`). Required: `id` and `vatNumber`, the members the Counterparty table marks "Обязательное: да" (https://docs.invoicebox.ru/docs/dictionary/counterparty-detail/, "Counterparty").
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Counterparty {
        ///Counterparty id (UUID).
        pub id: ::std::string::String,
        ///Short name, up to 100 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Full name, up to 300 characters.
        #[serde(
            rename = "nameFull",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub name_full: ::std::option::Option<::std::string::String>,
        ///Name in Latin script, up to 300 characters (inferred from the name).
        #[serde(
            rename = "nameI18n",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub name_i18n: ::std::option::Option<::std::string::String>,
        ///Postal address, up to 200 characters.
        #[serde(
            rename = "postAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub post_address: ::std::option::Option<::std::string::String>,
        ///Postal code, 6 characters.
        #[serde(
            rename = "postAddressZip",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub post_address_zip: ::std::option::Option<::std::string::String>,
        ///Legal address, up to 200 characters.
        #[serde(
            rename = "registrationAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub registration_address: ::std::option::Option<::std::string::String>,
        ///Registration date, RFC 3339.
        #[serde(
            rename = "registrationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub registration_date: ::std::option::Option<::std::string::String>,
        ///Registration code, up to 20 characters (presumably the ОГРН).
        #[serde(
            rename = "registrationNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub registration_number: ::std::option::Option<::std::string::String>,
        ///КПП (none for a sole proprietor).
        #[serde(
            rename = "taxRegistrationReasonCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tax_registration_reason_code: ::std::option::Option<::std::string::String>,
        ///ИНН.
        #[serde(rename = "vatNumber")]
        pub vat_number: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Counterparty {
        pub fn builder() -> builder::Counterparty {
            Default::default()
        }
    }
    ///`{"data": [Counterparty], "extendedData": [...]}`. `data` is required: a success answer carries its data in `data` (https://docs.invoicebox.ru/docs/api/, "Структура ответа"; the ValidateResponse, CodeResponse and PayResponse tables of the guarantee pages mark it "Обязательное: да").
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CounterpartyListEnvelope {
        ///The matching companies.
        pub data: ::std::vec::Vec<Counterparty>,
        ///Extra data. Any JSON.
        #[serde(
            rename = "extendedData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub extended_data: ::std::option::Option<::serde_json::Value>,
        ///Paging data, if sent.
        #[serde(
            rename = "metaData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meta_data: ::std::option::Option<PageMeta>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CounterpartyListEnvelope {
        pub fn builder() -> builder::CounterpartyListEnvelope {
            Default::default()
        }
    }
    ///Body of `agent_order_create`: the fields of `CreateOrderRequest` plus `seller`. The seller replaces the store id: `merchantId` is optional, absent from the docs' example, and not filled in by the client.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateAgentOrderRequest {
        ///Order total including VAT; the sum of the lines' totalAmount.
        pub amount: ::payspec::DecimalNumber,
        ///The lines; must not be empty.
        #[serde(rename = "basketItems")]
        pub basket_items: ::std::vec::Vec<BasketItem>,
        ///ISO 4217 alpha-3 currency (`RUB`).
        #[serde(rename = "currencyId")]
        pub currency_id: ::std::string::String,
        ///The buyer.
        pub customer: Customer,
        ///What the order is for, up to 1000 characters.
        pub description: ::std::string::String,
        ///Deadline for payment, RFC 3339 with offset.
        #[serde(rename = "expirationDate")]
        pub expiration_date: ::std::string::String,
        ///Redirect after a failed payment.
        #[serde(
            rename = "failUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fail_url: ::std::option::Option<::std::string::String>,
        ///Payment page settings.
        #[serde(
            rename = "invoiceSetting",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub invoice_setting: ::std::option::Option<InvoiceSetting>,
        ///Language of the payment page and messages (`ru`, `en`).
        #[serde(
            rename = "languageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub language_id: ::std::option::Option<crate::generated::types::LanguageId>,
        ///Store id; normally left out for agent orders.
        #[serde(
            rename = "merchantId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merchant_id: ::std::option::Option<::std::string::String>,
        ///The agent's order number, up to 256 characters; must be unique.
        #[serde(rename = "merchantOrderId")]
        pub merchant_order_id: ::std::string::String,
        ///Number shown on the payment page.
        #[serde(
            rename = "merchantOrderIdVisible",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merchant_order_id_visible: ::std::option::Option<::std::string::String>,
        ///Free-form JSON-LD metadata (see MetaData).
        #[serde(
            rename = "metaData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meta_data: ::std::option::Option<MetaData>,
        ///Notification URL of this order.
        #[serde(
            rename = "notificationUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub notification_url: ::std::option::Option<::std::string::String>,
        ///Id of the main order (invoice) to add this order to.
        #[serde(
            rename = "orderContainerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub order_container_id: ::std::option::Option<::std::string::String>,
        ///Processing settings (rounding policy).
        #[serde(
            rename = "orderSetting",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub order_setting: ::std::option::Option<OrderSetting>,
        ///Base id (correction orders).
        #[serde(
            rename = "parentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parent_id: ::std::option::Option<::std::string::String>,
        ///Whether Invoicebox processes the payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub processable: ::std::option::Option<bool>,
        ///The "back to the store" link.
        #[serde(
            rename = "returnUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub return_url: ::std::option::Option<::std::string::String>,
        ///The seller the agent creates the order for (ИНН / КПП).
        pub seller: Seller,
        ///Linked point of sale / marketplace shop. The docs say a UUID string (36 characters); the official SDK types it as an integer and its mock answers `333`, so it is read and written as text.
        #[serde(
            rename = "shopId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub shop_id: ::std::option::Option<::payspec::Text>,
        ///Redirect after a successful payment.
        #[serde(
            rename = "successUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub success_url: ::std::option::Option<::std::string::String>,
        ///Loyalty programme id.
        #[serde(
            rename = "userAccountId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_account_id: ::std::option::Option<::std::string::String>,
        ///VAT of the order; the sum of the lines' totalVatAmount.
        #[serde(rename = "vatAmount")]
        pub vat_amount: ::payspec::DecimalNumber,
    }
    impl CreateAgentOrderRequest {
        pub fn builder() -> builder::CreateAgentOrderRequest {
            Default::default()
        }
    }
    /**Body of `order_create` and `correction_order_create`. Required as documented, except
`merchantId`: the client fills it in from its configuration when left unset
(`x-client-fills`). Money in major units as JSON numbers; `amount` must equal the sum
of the lines' `totalAmount`, `vatAmount` the sum of their `totalVatAmount`. Dates are
RFC 3339 with offset (`2020-12-22T00:00:00+00:00`). Notable optional fields:
`paymentMethodId` pre-selection in `invoiceSetting`, `shopId` (a linked point of sale;
a UUID per the docs, an integer in the SDK), `parentId` (the refund a correction order
belongs to), `orderContainerId` (adds the order to an existing invoice),
`processable: false` (non-processing order, status set with `order_status_update`).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateOrderRequest {
        ///Order total including VAT, in major units; must equal the sum of the lines' totalAmount (wrong_total_amount).
        pub amount: ::payspec::DecimalNumber,
        ///The lines; must not be empty (the MCP server refuses an empty basket).
        #[serde(rename = "basketItems")]
        pub basket_items: ::std::vec::Vec<BasketItem>,
        ///ISO 4217 alpha-3 currency (`RUB`; also `USD`, `EUR`, `GBP`, `CNY`, `UZS`).
        #[serde(rename = "currencyId")]
        pub currency_id: ::std::string::String,
        ///The buyer.
        pub customer: Customer,
        ///What the order is for, up to 1000 characters.
        pub description: ::std::string::String,
        ///Deadline for payment, RFC 3339 with offset (`2020-12-22T00:00:00+00:00`); must be in the future.
        #[serde(rename = "expirationDate")]
        pub expiration_date: ::std::string::String,
        ///Where to send the buyer after a failed payment, up to 1000 characters.
        #[serde(
            rename = "failUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fail_url: ::std::option::Option<::std::string::String>,
        ///Payment page settings.
        #[serde(
            rename = "invoiceSetting",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub invoice_setting: ::std::option::Option<InvoiceSetting>,
        ///Language of the payment page and messages (`ru`, `en`).
        #[serde(
            rename = "languageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub language_id: ::std::option::Option<crate::generated::types::LanguageId>,
        ///Store id (UUID). Required by the server, but not here: the client writes the store id it is configured with when this is left unset (`x-client-fills`).
        #[serde(
            rename = "merchantId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merchant_id: ::std::option::Option<::std::string::String>,
        ///The store's order number, up to 256 characters; must be unique (`merchant_order_id_duplicate`).
        #[serde(rename = "merchantOrderId")]
        pub merchant_order_id: ::std::string::String,
        ///Number shown on the payment page, up to 256 characters; defaults to `merchantOrderId`.
        #[serde(
            rename = "merchantOrderIdVisible",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merchant_order_id_visible: ::std::option::Option<::std::string::String>,
        ///Free-form JSON-LD metadata (see MetaData).
        #[serde(
            rename = "metaData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meta_data: ::std::option::Option<MetaData>,
        ///Where to send this order's payment notification, up to 1000 characters; default the URL of the store settings.
        #[serde(
            rename = "notificationUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub notification_url: ::std::option::Option<::std::string::String>,
        ///Id of the main order (invoice) to add this order to (UUID).
        #[serde(
            rename = "orderContainerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub order_container_id: ::std::option::Option<::std::string::String>,
        ///Processing settings (rounding policy).
        #[serde(
            rename = "orderSetting",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub order_setting: ::std::option::Option<OrderSetting>,
        ///Base id (UUID); for a correction order, the id of the draft refund it corrects.
        #[serde(
            rename = "parentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parent_id: ::std::option::Option<::std::string::String>,
        ///Whether Invoicebox processes the payment (added 2024-06). `false` creates a non-processing order whose status the store sets with `order_status_update`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub processable: ::std::option::Option<bool>,
        ///The "back to the store" link of the payment page, up to 1000 characters.
        #[serde(
            rename = "returnUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub return_url: ::std::option::Option<::std::string::String>,
        ///Linked point of sale / marketplace shop. The docs say a UUID string (36 characters); the official SDK types it as an integer and its mock answers `333`, so it is read and written as text.
        #[serde(
            rename = "shopId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub shop_id: ::std::option::Option<::payspec::Text>,
        ///Where to send the buyer after a successful payment, up to 1000 characters.
        #[serde(
            rename = "successUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub success_url: ::std::option::Option<::std::string::String>,
        ///Loyalty programme id (UUID; added 2024-08).
        #[serde(
            rename = "userAccountId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_account_id: ::std::option::Option<::std::string::String>,
        ///VAT of the order; must equal the sum of the lines' totalVatAmount (wrong_total_vat_amount).
        #[serde(rename = "vatAmount")]
        pub vat_amount: ::payspec::DecimalNumber,
    }
    impl CreateOrderRequest {
        pub fn builder() -> builder::CreateOrderRequest {
            Default::default()
        }
    }
    ///Body of `refund_create`. `amount` must equal the sum of the lines' `totalAmount`, `vatAmount` the sum of their `totalVatAmount`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateRefundRequest {
        ///Refund total including VAT; the sum of the lines' totalAmount.
        pub amount: ::payspec::DecimalNumber,
        ///The refunded lines (see `refund_basket_items`).
        #[serde(rename = "basketItems")]
        pub basket_items: ::std::vec::Vec<BasketItem>,
        ///Reason or description, up to 1000 characters.
        pub description: ::std::string::String,
        ///The store's refund number, up to 100 characters; unique per refund (reuse is refused).
        #[serde(rename = "merchantOrderId")]
        pub merchant_order_id: ::std::string::String,
        ///Id of the paid order to refund (UUID).
        #[serde(rename = "parentId")]
        pub parent_id: ::std::string::String,
        ///`created` (default) or `draft` (a draft for the correction flow).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::generated::types::RefundStatus>,
        ///VAT of the refund.
        #[serde(rename = "vatAmount")]
        pub vat_amount: ::payspec::DecimalNumber,
    }
    impl CreateRefundRequest {
        pub fn builder() -> builder::CreateRefundRequest {
            Default::default()
        }
    }
    ///Body of `shipment_create`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateShipmentRequest {
        ///The shipped lines (BasketItem fields without `serviceDate`, `categoryType`, `category`).
        #[serde(rename = "basketItems")]
        pub basket_items: ::std::vec::Vec<BasketItem>,
        ///Date of that document, `YYYY-MM-DD` (`2023-12-12`).
        #[serde(
            rename = "documentDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub document_date: ::std::option::Option<::std::string::String>,
        ///Number of the waybill or invoice, up to 36 characters.
        #[serde(
            rename = "documentNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub document_number: ::std::option::Option<::std::string::String>,
        ///`true` closes the order and releases any remaining hold (default false). Only in the official MCP server, not in the docs.
        #[serde(
            rename = "final",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub final_: ::std::option::Option<bool>,
        ///Invoicebox id of the order shipped (UUID).
        #[serde(rename = "orderId")]
        pub order_id: ::std::string::String,
    }
    impl CreateShipmentRequest {
        pub fn builder() -> builder::CreateShipmentRequest {
            Default::default()
        }
    }
    ///The buyer (плательщик). All fields are optional in the docs, but clients always send `type`, and the docs' examples send unused fields as empty strings (`"vatNumber": ""`). Closing documents for a legal buyer need `name`, `vatNumber`, `taxRegistrationReasonCode` (not for an ИП) and `registrationAddress`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct Customer {
        ///Country code (`RUS`). Not in the docs' Customer table; seen in the SDK's notification example.
        #[serde(
            rename = "countryId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub country_id: ::std::option::Option<::std::string::String>,
        ///E-mail, up to 100 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Name of the person or organisation, up to 500 characters (`Peter`, `ООО Компания`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Phone number, digits only, up to 100 characters (`79001112233`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///Legal (registration) address, up to 1000 characters.
        #[serde(
            rename = "registrationAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub registration_address: ::std::option::Option<::std::string::String>,
        ///КПП, 9 characters (`^\d{4}[\dA-Z]{2}\d{3}$`); none for an ИП.
        #[serde(
            rename = "taxRegistrationReasonCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tax_registration_reason_code: ::std::option::Option<::std::string::String>,
        ///`legal` (organisation or ИП) or `private` (individual); clients always send it.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::generated::types::CustomerType>,
        ///ИНН, up to 20 characters (10 digits for an organisation, 12 for an ИП or a person).
        #[serde(
            rename = "vatNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vat_number: ::std::option::Option<::std::string::String>,
    }
    impl Customer {
        pub fn builder() -> builder::Customer {
            Default::default()
        }
    }
    ///The buyer as Invoicebox returns it (orders, notifications): the fields of `Customer`, and every member Invoicebox adds beyond them is kept (`additionalProperties`). The request bodies use `Customer`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CustomerInfo {
        ///Country code (`RUS`). Not in the docs' Customer table; seen in the SDK's notification example.
        #[serde(
            rename = "countryId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub country_id: ::std::option::Option<::std::string::String>,
        ///E-mail, up to 100 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Name of the person or organisation, up to 500 characters (`Peter`, `ООО Компания`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Phone number, digits only, up to 100 characters (`79001112233`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///Legal (registration) address, up to 1000 characters.
        #[serde(
            rename = "registrationAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub registration_address: ::std::option::Option<::std::string::String>,
        ///КПП, 9 characters (`^\d{4}[\dA-Z]{2}\d{3}$`); none for an ИП.
        #[serde(
            rename = "taxRegistrationReasonCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tax_registration_reason_code: ::std::option::Option<::std::string::String>,
        ///`legal` (organisation or ИП) or `private` (individual); clients always send it.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::generated::types::CustomerType>,
        ///ИНН, up to 20 characters (10 digits for an organisation, 12 for an ИП or a person).
        #[serde(
            rename = "vatNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vat_number: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CustomerInfo {
        pub fn builder() -> builder::CustomerInfo {
            Default::default()
        }
    }
    ///The confirmation the buyer gives in `payment_method_pay`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CustomerPaymentData {
        ///The code the buyer received and entered.
        pub code: ::std::string::String,
        ///`resultData.publicCode` of `payment_method_send_code`.
        #[serde(rename = "publicCode")]
        pub public_code: ::std::string::String,
    }
    impl CustomerPaymentData {
        pub fn builder() -> builder::CustomerPaymentData {
            Default::default()
        }
    }
    /**Body of every refusal (HTTP 400 and above): `{"error": {"message", "code", "fields"}}`.
Declared as the `4XX` / `5XX` response of every operation and named by the root
`x-error-envelope`. One official client (the MCP server) parses a flat
`{"code": "validation", "message": "..."}` body instead; the optional top-level `code`
and `message` below let that form decode too, and the client reads whichever is
present.

How the client recognises it (`x-envelope`): an answer with an `error` member is a
refusal when its HTTP status is outside 2xx, or at 2xx when it has no `data` (success
answers carry `data`; inferred from the docs' examples, which show `error` only on
refusals). The code is `error.code`, the message `error.message`. HTTP 401 and 403
are authentication errors, as are the codes of kind `authentication` (`unauthorized`,
`forbidden`). The flat form, an `error` that is a bare string (as one client sees) and
the per-field problems (`error.fields`) are read by hand.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ErrorEnvelope {
        ///Error code of the flat form (seen in the MCP server's tests only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///The error: message, code and per-field problems.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<ApiError>,
        ///Error message of the flat form (seen in the MCP server's tests only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ErrorEnvelope {
        pub fn builder() -> builder::ErrorEnvelope {
            Default::default()
        }
    }
    ///One field's problem in `ApiError.fields`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FieldError {
        ///Problem code; known value `wrong_value`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///Message; may be empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Name of the request field (`amount`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FieldError {
        pub fn builder() -> builder::FieldError {
            Default::default()
        }
    }
    ///Payment page settings of an order. All optional.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct InvoiceSetting {
        ///Customer fields hidden on the payment page. Only in the official SDK, not in the docs.
        #[serde(
            rename = "customerHiddenFields",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub customer_hidden_fields: ::std::vec::Vec<::std::string::String>,
        ///Forbid the buyer to edit any payer detail on the payment page (default false).
        #[serde(
            rename = "customerLocked",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub customer_locked: ::std::option::Option<bool>,
        ///Customer fields the buyer may not edit (`type`, `name`, `phone`, `email`, `vatNumber`, `registrationAddress`).
        #[serde(
            rename = "customerLockedFields",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub customer_locked_fields: ::std::vec::Vec<::std::string::String>,
        ///Full delivery address (added to the docs 2024-10-08).
        #[serde(
            rename = "deliveryAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub delivery_address: ::std::option::Option<::std::string::String>,
        ///Payment method id: pre-selected on the payment page (an integer in the docs, e.g. 123), or in the guarantee calls the payment-confirmation instrument id (a string of up to 36 characters, e.g. "39363265"). No call lists these ids; read and written as text.
        #[serde(
            rename = "paymentMethodId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payment_method_id: ::std::option::Option<::payspec::Text>,
        ///Forbid the buyer to change the payment method (default false).
        #[serde(
            rename = "paymentMethodIdLocked",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payment_method_id_locked: ::std::option::Option<bool>,
    }
    impl InvoiceSetting {
        pub fn builder() -> builder::InvoiceSetting {
            Default::default()
        }
    }
    ///Payment page settings as Invoicebox returns them: the fields of `InvoiceSetting`, and any other member is kept. The request bodies use `InvoiceSetting`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoiceSettingInfo {
        ///Customer fields hidden on the payment page. Only in the official SDK, not in the docs.
        #[serde(
            rename = "customerHiddenFields",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub customer_hidden_fields: ::std::vec::Vec<::std::string::String>,
        ///Forbid the buyer to edit any payer detail on the payment page (default false).
        #[serde(
            rename = "customerLocked",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub customer_locked: ::std::option::Option<bool>,
        ///Customer fields the buyer may not edit (`type`, `name`, `phone`, `email`, `vatNumber`, `registrationAddress`).
        #[serde(
            rename = "customerLockedFields",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub customer_locked_fields: ::std::vec::Vec<::std::string::String>,
        ///Full delivery address (added to the docs 2024-10-08).
        #[serde(
            rename = "deliveryAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub delivery_address: ::std::option::Option<::std::string::String>,
        ///Payment method id: pre-selected on the payment page (an integer in the docs, e.g. 123), or in the guarantee calls the payment-confirmation instrument id (a string of up to 36 characters, e.g. "39363265"). No call lists these ids; read and written as text.
        #[serde(
            rename = "paymentMethodId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payment_method_id: ::std::option::Option<::payspec::Text>,
        ///Forbid the buyer to change the payment method (default false).
        #[serde(
            rename = "paymentMethodIdLocked",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payment_method_id_locked: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InvoiceSettingInfo {
        pub fn builder() -> builder::InvoiceSettingInfo {
            Default::default()
        }
    }
    /**Free-form JSON attached to an order or a basket line, by default JSON-LD with schema.org
types: a `LodgingReservation` (hotels), a `ReservationPackage` whose `subReservation`
holds `FlightReservation`s (one per segment and passenger), or at line level a
`TrainReservation` (rail tickets, services such as `baggageCheck`); custom properties
inside `reservedTicket` include `fareBase`, `fareReservation`, `vatValue[]`
(`vatCode`, `totalVatAmount`), `paymentType`, `gender`, `nationality`,
`idDocumentNumber`, `coachNumber`. It is a JSON object; it is declared without a type so
that any JSON decodes, since this PHP backend writes an empty collection as `[]` (see
`extendedData`, `fileIds`).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    pub struct MetaData(pub ::serde_json::Value);
    impl ::std::ops::Deref for MetaData {
        type Target = ::serde_json::Value;
        fn deref(&self) -> &::serde_json::Value {
            &self.0
        }
    }
    impl ::std::convert::From<MetaData> for ::serde_json::Value {
        fn from(value: MetaData) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Value> for MetaData {
        fn from(value: ::serde_json::Value) -> Self {
            Self(value)
        }
    }
    /**The store's answer to a payment notification: HTTP 200, JSON, within 20 s, for success
and error alike (a non-200 status or a non-JSON body counts as an error).
`{"status": "success"}` accepts it; `{"status": "error", "code": ..., "message": ...}`
refuses it. Codes:

| code | meaning |
|---|---|
| `out_of_service` | technical problem on the store's side (the default); Invoicebox retries 10 more times within 24 h |
| `order_wrong_amount` | the amount differs from the store's order |
| `order_already_paid` | already paid by another instrument or notification |
| `order_not_found` | the store does not know the order |
| `shipping_unavailable` | the service cannot be rendered or the goods delivered (with "Контроль отгрузки", the buyer is sent to the fail URL; then cancel or refund) |
| `signature_error` | the signature check failed |

Clients also use `order_wrong_status` (official SDK) and `order_wrong_currency`
(Bitrix module); they are not documented.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct NotificationReply {
        ///With `error`, one of the codes above (default `out_of_service`), up to 100 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///With `error`, a human-readable reason, up to 500 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///`success` or `error`.
        pub status: ::std::string::String,
    }
    impl NotificationReply {
        pub fn builder() -> builder::NotificationReply {
            Default::default()
        }
    }
    /**An order as Invoicebox returns it (`OrderResponse`): the fields of `CreateOrderRequest`
plus `id`, `paymentUrl`, `createdAt`, `status`, `paidAt`, and fields seen in real
answers but not documented: `orderContainerId` (the invoice id used in `paymentUrl`),
`subtype` (`order` in every example), `processingStatus` (`""` in every example),
`fileIds` (`[]` in the SDK mocks, `{}` in the WebSocket example). Empty optional
fields are left out. Required: `id`, `paymentUrl`, `createdAt`, `status`, the members
the OrderResponse table marks "Обязательное: да"
(https://docs.invoicebox.ru/docs/merchant/order/create/, "OrderResponse"). The fields
the page says OrderResponse repeats from `CreateOrderRequest` stay optional: it does
not say that an answer carries each of them (nothing is inferred).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Order {
        ///Order total including VAT, in major units.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::DecimalNumber>,
        ///The lines.
        #[serde(
            rename = "basketItems",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub basket_items: ::std::vec::Vec<BasketItemInfo>,
        ///When the order was created, RFC 3339.
        #[serde(rename = "createdAt")]
        pub created_at: ::std::string::String,
        ///ISO 4217 alpha-3 currency (`RUB`).
        #[serde(
            rename = "currencyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub currency_id: ::std::option::Option<::std::string::String>,
        ///The buyer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<CustomerInfo>,
        ///What the order is for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Deadline for payment, RFC 3339.
        #[serde(
            rename = "expirationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expiration_date: ::std::option::Option<::std::string::String>,
        ///Redirect after a failed payment.
        #[serde(
            rename = "failUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fail_url: ::std::option::Option<::std::string::String>,
        ///Undocumented; `[]` or `{}` in the examples, so any JSON is accepted.
        #[serde(
            rename = "fileIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_ids: ::std::option::Option<::serde_json::Value>,
        ///Invoicebox order id (UUID).
        pub id: ::std::string::String,
        ///Payment page settings.
        #[serde(
            rename = "invoiceSetting",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub invoice_setting: ::std::option::Option<InvoiceSettingInfo>,
        ///Language of the payment page and messages (`ru`, `en`).
        #[serde(
            rename = "languageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub language_id: ::std::option::Option<crate::generated::types::LanguageId>,
        ///Store id (UUID).
        #[serde(
            rename = "merchantId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merchant_id: ::std::option::Option<::std::string::String>,
        ///The store's order number.
        #[serde(
            rename = "merchantOrderId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merchant_order_id: ::std::option::Option<::std::string::String>,
        ///Number shown on the payment page.
        #[serde(
            rename = "merchantOrderIdVisible",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merchant_order_id_visible: ::std::option::Option<::std::string::String>,
        ///Free-form JSON-LD metadata (see MetaData).
        #[serde(
            rename = "metaData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meta_data: ::std::option::Option<MetaData>,
        ///Notification URL of the order.
        #[serde(
            rename = "notificationUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub notification_url: ::std::option::Option<::std::string::String>,
        ///Id of the invoice (order container) the order belongs to; the id in `paymentUrl`.
        #[serde(
            rename = "orderContainerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub order_container_id: ::std::option::Option<::std::string::String>,
        ///Processing settings (rounding policy).
        #[serde(
            rename = "orderSetting",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub order_setting: ::std::option::Option<OrderSettingInfo>,
        ///When it was paid, RFC 3339; absent while unpaid.
        #[serde(
            rename = "paidAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub paid_at: ::std::option::Option<::std::string::String>,
        ///Base id (for a correction order, the refund it corrects).
        #[serde(
            rename = "parentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parent_id: ::std::option::Option<::std::string::String>,
        ///Payment page link (`https://pay.invoicebox.ru/order/<orderContainerId>`); redirect the buyer or show it as a QR code.
        #[serde(rename = "paymentUrl")]
        pub payment_url: ::std::string::String,
        ///Whether Invoicebox processes the payment (`false` = non-processing order).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub processable: ::std::option::Option<bool>,
        ///Undocumented; `""` in every example.
        #[serde(
            rename = "processingStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub processing_status: ::std::option::Option<::std::string::String>,
        ///The "back to the store" link.
        #[serde(
            rename = "returnUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub return_url: ::std::option::Option<::std::string::String>,
        ///Linked point of sale / marketplace shop. The docs say a UUID string (36 characters); the official SDK types it as an integer and its mock answers `333`, so it is read and written as text.
        #[serde(
            rename = "shopId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub shop_id: ::std::option::Option<::payspec::Text>,
        ///Order status.
        pub status: crate::generated::types::OrderStatus,
        ///Undocumented; `order` in every example.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtype: ::std::option::Option<::std::string::String>,
        ///Redirect after a successful payment.
        #[serde(
            rename = "successUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub success_url: ::std::option::Option<::std::string::String>,
        ///Loyalty programme id.
        #[serde(
            rename = "userAccountId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_account_id: ::std::option::Option<::std::string::String>,
        ///VAT of the order.
        #[serde(
            rename = "vatAmount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vat_amount: ::std::option::Option<::payspec::DecimalNumber>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Order {
        pub fn builder() -> builder::Order {
            Default::default()
        }
    }
    ///`{"data": Order, "extendedData": [...]}`. `data` is required: a success answer carries its data in `data` (https://docs.invoicebox.ru/docs/api/, "Структура ответа"; the ValidateResponse, CodeResponse and PayResponse tables of the guarantee pages mark it "Обязательное: да").
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OrderEnvelope {
        ///The order.
        pub data: Order,
        ///Extra data; `[]` in every example. Any JSON.
        #[serde(
            rename = "extendedData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub extended_data: ::std::option::Option<::serde_json::Value>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OrderEnvelope {
        pub fn builder() -> builder::OrderEnvelope {
            Default::default()
        }
    }
    ///`{"data": [Order], "metaData": PageMeta, "extendedData": [...]}`. `data` is required: a success answer carries its data in `data` (https://docs.invoicebox.ru/docs/api/, "Структура ответа"; the ValidateResponse, CodeResponse and PayResponse tables of the guarantee pages mark it "Обязательное: да").
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OrderListEnvelope {
        ///The orders of this page.
        pub data: ::std::vec::Vec<Order>,
        ///Extra data; `[]` in every example. Any JSON.
        #[serde(
            rename = "extendedData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub extended_data: ::std::option::Option<::serde_json::Value>,
        ///Paging data.
        #[serde(
            rename = "metaData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meta_data: ::std::option::Option<PageMeta>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OrderListEnvelope {
        pub fn builder() -> builder::OrderListEnvelope {
            Default::default()
        }
    }
    /**Body of the payment notification Invoicebox POSTs (`Content-Type: application/json`)
to the order's `notificationUrl`, or else the URL of the store settings, when the
store's "automatic notifications about order status change" setting is on; sent when
the order is paid (the examples also show `canceled`). No path here: OpenAPI 3.0 has
no webhooks. The body repeats the order (`Order`), and in practice the whole order is
sent (`vatAmount`, `basketItems`, `orderContainerId`, `paymentUrl`, ...). Required: the
members the OrderNotification table of
https://docs.invoicebox.ru/docs/merchant/notification/status/ marks "Обязательное: да"
(`id`, `status`, `merchantId`, `amount`, `customer`, `currencyId`, `createdAt`), except
`merchantOrderId`: the same page says monitoring test notifications pass an "empty
value" for it, which may be `""`, `null` or nothing, so it stays optional and nullable.

**Paid** ⇔ `status == "completed"` (the official SDK's example says `success`, against
the docs). Compare `amount` with your own order and answer `order_wrong_amount` on a
mismatch; compare `merchantId` with your store id. Invoicebox monitoring may send test
notifications with `id = "ffffffff-ffff-ffff-ffff-ffffffffffff"` and an empty
`merchantOrderId`.

**Signature.** Header `X-Signature` (look it up case-insensitively): by default
lowercase hex HMAC-SHA1 over the **raw body bytes** with the store's notification key
(from the integration settings of the cabinet; not the API token). The method (HMAC or
a plain hash) and the algorithm are chosen in the store's notification settings; the
official PHP SDK accepts any algorithm PHP's `hash` knows. Re-serialised JSON gives
another digest (`\/` escapes). Compare in constant time. Test vector: key `test`, the
body of the example below serialised by the SDK on one line with `\/` escapes,
HMAC-SHA1 signature `4731e2fb446ba519fd9d8798a1a0873f073189e8`.

**Answer.** HTTP 200 with a JSON `NotificationReply` within 20 s, also for errors.
A repeated notification with an `id` already processed must be answered `success`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OrderNotification {
        ///Amount of the order; compare it with your own order. Always present per the docs.
        pub amount: ::payspec::DecimalNumber,
        ///The lines.
        #[serde(
            rename = "basketItems",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub basket_items: ::std::vec::Vec<BasketItemInfo>,
        ///When the order was created, RFC 3339. Always present per the docs.
        #[serde(rename = "createdAt")]
        pub created_at: ::std::string::String,
        ///ISO 4217 alpha-3 currency. Always present per the docs.
        #[serde(rename = "currencyId")]
        pub currency_id: ::std::string::String,
        ///The buyer. Always present per the docs.
        pub customer: CustomerInfo,
        ///What the order is for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Deadline for payment, RFC 3339.
        #[serde(
            rename = "expirationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expiration_date: ::std::option::Option<::std::string::String>,
        ///Redirect after a failed payment.
        #[serde(
            rename = "failUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fail_url: ::std::option::Option<::std::string::String>,
        ///Undocumented; `[]` or `{}`. Any JSON.
        #[serde(
            rename = "fileIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_ids: ::std::option::Option<::serde_json::Value>,
        ///Invoicebox order id (UUID). Always present per the docs.
        pub id: ::std::string::String,
        ///Payment page settings.
        #[serde(
            rename = "invoiceSetting",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub invoice_setting: ::std::option::Option<InvoiceSettingInfo>,
        ///Language of the payment page and messages (`ru`, `en`).
        #[serde(
            rename = "languageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub language_id: ::std::option::Option<crate::generated::types::LanguageId>,
        ///Store id; compare it with yours. Always present per the docs.
        #[serde(rename = "merchantId")]
        pub merchant_id: ::std::string::String,
        ///The store's order number (the docs' table says up to 36 characters). Marked required by the docs, but empty in monitoring tests (see above), so optional and nullable here.
        #[serde(
            rename = "merchantOrderId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merchant_order_id: ::std::option::Option<::std::string::String>,
        ///Number shown on the payment page.
        #[serde(
            rename = "merchantOrderIdVisible",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub merchant_order_id_visible: ::std::option::Option<::std::string::String>,
        ///Free-form JSON-LD metadata (see MetaData).
        #[serde(
            rename = "metaData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meta_data: ::std::option::Option<MetaData>,
        ///Notification URL of the order.
        #[serde(
            rename = "notificationUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub notification_url: ::std::option::Option<::std::string::String>,
        ///Id of the invoice the order belongs to.
        #[serde(
            rename = "orderContainerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub order_container_id: ::std::option::Option<::std::string::String>,
        ///Processing settings (rounding policy).
        #[serde(
            rename = "orderSetting",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub order_setting: ::std::option::Option<OrderSettingInfo>,
        ///When it was paid, RFC 3339.
        #[serde(
            rename = "paidAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub paid_at: ::std::option::Option<::std::string::String>,
        ///Base id (correction orders).
        #[serde(
            rename = "parentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parent_id: ::std::option::Option<::std::string::String>,
        ///Payment page link.
        #[serde(
            rename = "paymentUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payment_url: ::std::option::Option<::std::string::String>,
        ///Whether Invoicebox processes the payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub processable: ::std::option::Option<bool>,
        ///Undocumented.
        #[serde(
            rename = "processingStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub processing_status: ::std::option::Option<::std::string::String>,
        ///The "back to the store" link.
        #[serde(
            rename = "returnUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub return_url: ::std::option::Option<::std::string::String>,
        ///Linked point of sale / marketplace shop. The docs say a UUID string (36 characters); the official SDK types it as an integer and its mock answers `333`, so it is read and written as text.
        #[serde(
            rename = "shopId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub shop_id: ::std::option::Option<::payspec::Text>,
        ///Order status; `completed` = paid. Always present per the docs.
        pub status: crate::generated::types::OrderStatus,
        ///Undocumented; `order`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtype: ::std::option::Option<::std::string::String>,
        ///Redirect after a successful payment.
        #[serde(
            rename = "successUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub success_url: ::std::option::Option<::std::string::String>,
        ///Loyalty programme id.
        #[serde(
            rename = "userAccountId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_account_id: ::std::option::Option<::std::string::String>,
        ///VAT of the order.
        #[serde(
            rename = "vatAmount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vat_amount: ::std::option::Option<::payspec::DecimalNumber>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OrderNotification {
        pub fn builder() -> builder::OrderNotification {
            Default::default()
        }
    }
    ///Processing settings of an order. All optional.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct OrderSetting {
        ///Skip validation. Only in the official SDK, not in the docs; effect undocumented.
        #[serde(
            rename = "disableValidate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disable_validate: ::std::option::Option<bool>,
        ///How line totals are checked against amount × quantity.
        #[serde(
            rename = "roundPolicy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub round_policy: ::std::option::Option<crate::generated::types::RoundPolicy>,
    }
    impl OrderSetting {
        pub fn builder() -> builder::OrderSetting {
            Default::default()
        }
    }
    ///Processing settings as Invoicebox returns them: the fields of `OrderSetting`, and any other member is kept. The request bodies use `OrderSetting`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OrderSettingInfo {
        ///Skip validation. Only in the official SDK, not in the docs; effect undocumented.
        #[serde(
            rename = "disableValidate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disable_validate: ::std::option::Option<bool>,
        ///How line totals are checked against amount × quantity.
        #[serde(
            rename = "roundPolicy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub round_policy: ::std::option::Option<crate::generated::types::RoundPolicy>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OrderSettingInfo {
        pub fn builder() -> builder::OrderSettingInfo {
            Default::default()
        }
    }
    /**Paging data of a list answer (`metaData`): `{"totalCount": 2, "pageSize": 30, "page": 1}`.
The docs page with `page` / `pageSize` and the SDK mocks answer with those names. A
newer official client (MCP) pages with `_page` / `_pageSize`, so an answer may use that
spelling too; either naming decodes. `_page` and `_pageSize` are not declared as
properties because the generated Rust field names would clash with `page` and
`pageSize` (both become `page` / `page_size`); they, and any other member, are kept in
the free-form remainder (`additionalProperties`, the `extra` map in Rust), and
`x-alternate-properties` names them. Read `page` (or else `extra["_page"]`) and
`pageSize` (or else `extra["_pageSize"]`).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PageMeta {
        ///Number of this page, from 1. The newer spelling `_page` lands in the remainder.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<::payspec::Int>,
        ///Items per page (default 30). The newer spelling `_pageSize` lands in the remainder.
        #[serde(
            rename = "pageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<::payspec::Int>,
        ///Total number of items matching the filters.
        #[serde(
            rename = "totalCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_count: ::std::option::Option<::payspec::Int>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PageMeta {
        pub fn builder() -> builder::PageMeta {
            Default::default()
        }
    }
    ///Body of `payment_method_pay`: the fields of `ValidateRequest` plus the code.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PayRequest {
        ///The buyer who pays.
        pub customer: Customer,
        ///The code the buyer entered and the publicCode of send-code.
        #[serde(rename = "customerPaymentData")]
        pub customer_payment_data: CustomerPaymentData,
        ///Language of the messages (`ru`, `en`).
        #[serde(
            rename = "languageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub language_id: ::std::option::Option<crate::generated::types::LanguageId>,
        ///Payment method id: pre-selected on the payment page (an integer in the docs, e.g. 123), or in the guarantee calls the payment-confirmation instrument id (a string of up to 36 characters, e.g. "39363265"). No call lists these ids; read and written as text.
        #[serde(rename = "paymentMethodId")]
        pub payment_method_id: ::payspec::Text,
    }
    impl PayRequest {
        pub fn builder() -> builder::PayRequest {
            Default::default()
        }
    }
    ///Answer of the three payment-confirmation calls (`PaymentResponse`). Required: `result`, the one member all three PaymentResponse tables mark "Обязательное: да" (https://docs.invoicebox.ru/docs/merchant/guarantee/validate/, https://docs.invoicebox.ru/docs/merchant/guarantee/code/, https://docs.invoicebox.ru/docs/merchant/guarantee/pay/); `type` and `resultData` are required on the last two pages only, so they stay optional here.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaymentMethodAnswer {
        ///Outcome, a plain string. validate: `available`, `notRegistered`, `notEnoughMoney`. send-code: `success`, `codeAlreadySent`, `error`. pay: `success`, `alreadyPaid`, `wrongCode`, `limitReached`, `notEnoughMoney`, `error`.
        pub result: ::std::string::String,
        ///Free-form details: validate `{url, method, arguments}`; send-code `{publicCode, leftAttempt}`; pay `{}` or, with `type: message`, `{message: {title, message}}`. Any JSON is accepted.
        #[serde(
            rename = "resultData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_data: ::std::option::Option<::serde_json::Value>,
        ///Optional explanation (validate).
        #[serde(
            rename = "resultNote",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_note: ::std::option::Option<::std::string::String>,
        ///How to present the result: `none` (nothing to show) or `message` (show `resultData.message`). Plain string; other values may appear.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PaymentMethodAnswer {
        pub fn builder() -> builder::PaymentMethodAnswer {
            Default::default()
        }
    }
    ///`{"data": PaymentMethodAnswer}` (answer of the payment-confirmation calls). `data` is required: a success answer carries its data in `data` (https://docs.invoicebox.ru/docs/api/, "Структура ответа"; the ValidateResponse, CodeResponse and PayResponse tables of the guarantee pages mark it "Обязательное: да").
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PaymentMethodAnswerEnvelope {
        ///The result.
        pub data: PaymentMethodAnswer,
        ///Extra data, if any. Any JSON.
        #[serde(
            rename = "extendedData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub extended_data: ::std::option::Option<::serde_json::Value>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PaymentMethodAnswerEnvelope {
        pub fn builder() -> builder::PaymentMethodAnswerEnvelope {
            Default::default()
        }
    }
    ///A refund (`RefundOrderResponse`). Every member is required: the RefundOrderResponse table marks each one "Обязательное: да" (https://docs.invoicebox.ru/docs/merchant/refund/create/, "RefundOrderResponse"), and the official SDK's parser reads each one (https://github.com/InvoiceBox/invoicebox-sdk-php, `src/DTO/Order/RefundOrderResponse.php`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Refund {
        ///Refund total including VAT.
        pub amount: ::payspec::DecimalNumber,
        ///The refunded lines.
        #[serde(rename = "basketItems")]
        pub basket_items: ::std::vec::Vec<BasketItemInfo>,
        ///When the refund was created, RFC 3339.
        #[serde(rename = "createdAt")]
        pub created_at: ::std::string::String,
        ///ISO 4217 alpha-3 currency.
        #[serde(rename = "currencyId")]
        pub currency_id: ::std::string::String,
        ///Description.
        pub description: ::std::string::String,
        ///Refund id (UUID).
        pub id: ::std::string::String,
        ///Store id.
        #[serde(rename = "merchantId")]
        pub merchant_id: ::std::string::String,
        ///The store's refund number.
        #[serde(rename = "merchantOrderId")]
        pub merchant_order_id: ::std::string::String,
        ///Id of the refunded order.
        #[serde(rename = "parentId")]
        pub parent_id: ::std::string::String,
        ///Refund status.
        pub status: crate::generated::types::RefundStatus,
        ///VAT of the refund.
        #[serde(rename = "vatAmount")]
        pub vat_amount: ::payspec::DecimalNumber,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Refund {
        pub fn builder() -> builder::Refund {
            Default::default()
        }
    }
    ///`{"data": Refund, "extendedData": [...]}`. `data` is required: a success answer carries its data in `data` (https://docs.invoicebox.ru/docs/api/, "Структура ответа"; the ValidateResponse, CodeResponse and PayResponse tables of the guarantee pages mark it "Обязательное: да").
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RefundEnvelope {
        ///The refund.
        pub data: Refund,
        ///Extra data; `[]` in every example. Any JSON.
        #[serde(
            rename = "extendedData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub extended_data: ::std::option::Option<::serde_json::Value>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl RefundEnvelope {
        pub fn builder() -> builder::RefundEnvelope {
            Default::default()
        }
    }
    ///`{"data": [Refund], "metaData": PageMeta, "extendedData": [...]}`. `data` is required: a success answer carries its data in `data` (https://docs.invoicebox.ru/docs/api/, "Структура ответа"; the ValidateResponse, CodeResponse and PayResponse tables of the guarantee pages mark it "Обязательное: да").
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct RefundListEnvelope {
        ///The refunds of this page.
        pub data: ::std::vec::Vec<Refund>,
        ///Extra data; `[]` in every example. Any JSON.
        #[serde(
            rename = "extendedData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub extended_data: ::std::option::Option<::serde_json::Value>,
        ///Paging data.
        #[serde(
            rename = "metaData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meta_data: ::std::option::Option<PageMeta>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl RefundListEnvelope {
        pub fn builder() -> builder::RefundListEnvelope {
            Default::default()
        }
    }
    ///The seller an agent order is created for, named by its tax ids.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Seller {
        ///Country, only `RUS`. The docs' table marks it required, but the docs' own example (https://docs.invoicebox.ru/docs/merchant/order/agent-create/) leaves it out, so it is optional here.
        #[serde(
            rename = "countryId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub country_id: ::std::option::Option<::std::string::String>,
        ///КПП of the seller, 9 characters; required except for a sole proprietor (ИП).
        #[serde(
            rename = "taxRegistrationReasonCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tax_registration_reason_code: ::std::option::Option<::std::string::String>,
        ///Always `counterparty`.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        ///ИНН of the seller, up to 20 characters.
        #[serde(rename = "vatNumber")]
        pub vat_number: ::std::string::String,
    }
    impl Seller {
        pub fn builder() -> builder::Seller {
            Default::default()
        }
    }
    ///A shipment as Invoicebox returns it: the request fields plus `id` (an integer, e.g. `2`; decoded as text) and `merchantId`. `status`, `type`, `final`, `amount`, `vatAmount`, `createdAt` are read by the official MCP server only. Required: `id` and `merchantId`, the members the ShipmentResponse table marks "Обязательное: да" (https://docs.invoicebox.ru/docs/merchant/order/shipment_create/, "ShipmentResponse"); the repeated request fields stay optional (nothing is inferred).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Shipment {
        ///Shipped amount including VAT (MCP only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::DecimalNumber>,
        ///The shipped lines.
        #[serde(
            rename = "basketItems",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub basket_items: ::std::vec::Vec<BasketItemInfo>,
        ///When the shipment was recorded, RFC 3339 (MCP only).
        #[serde(
            rename = "createdAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at: ::std::option::Option<::std::string::String>,
        ///Document date, `YYYY-MM-DD`.
        #[serde(
            rename = "documentDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub document_date: ::std::option::Option<::std::string::String>,
        ///Waybill or invoice number.
        #[serde(
            rename = "documentNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub document_number: ::std::option::Option<::std::string::String>,
        ///Whether this shipment closed the order (MCP only).
        #[serde(
            rename = "final",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub final_: ::std::option::Option<bool>,
        ///Shipment id, an integer on the wire (`2`); read as text.
        pub id: ::payspec::Text,
        ///Store id.
        #[serde(rename = "merchantId")]
        pub merchant_id: ::std::string::String,
        ///Invoicebox id of the order.
        #[serde(
            rename = "orderId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub order_id: ::std::option::Option<::std::string::String>,
        ///Shipment status (MCP only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::generated::types::ShipmentStatus>,
        ///Shipment type (MCP only; values unknown).
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///VAT of the shipment (MCP only).
        #[serde(
            rename = "vatAmount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vat_amount: ::std::option::Option<::payspec::DecimalNumber>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Shipment {
        pub fn builder() -> builder::Shipment {
            Default::default()
        }
    }
    ///`{"data": Shipment, "extendedData": [...]}`. `data` is required: a success answer carries its data in `data` (https://docs.invoicebox.ru/docs/api/, "Структура ответа"; the ValidateResponse, CodeResponse and PayResponse tables of the guarantee pages mark it "Обязательное: да").
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ShipmentEnvelope {
        ///The shipment.
        pub data: Shipment,
        ///Extra data; `[]` in every example. Any JSON.
        #[serde(
            rename = "extendedData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub extended_data: ::std::option::Option<::serde_json::Value>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ShipmentEnvelope {
        pub fn builder() -> builder::ShipmentEnvelope {
            Default::default()
        }
    }
    ///`{"data": [Shipment], "metaData": PageMeta, "extendedData": [...]}` (`metaData` inferred). `data` is required: a success answer carries its data in `data` (https://docs.invoicebox.ru/docs/api/, "Структура ответа"; the ValidateResponse, CodeResponse and PayResponse tables of the guarantee pages mark it "Обязательное: да").
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ShipmentListEnvelope {
        ///The shipments of this page.
        pub data: ::std::vec::Vec<Shipment>,
        ///Extra data; `[]` in every example. Any JSON.
        #[serde(
            rename = "extendedData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub extended_data: ::std::option::Option<::serde_json::Value>,
        ///Paging data (inferred).
        #[serde(
            rename = "metaData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meta_data: ::std::option::Option<PageMeta>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ShipmentListEnvelope {
        pub fn builder() -> builder::ShipmentListEnvelope {
            Default::default()
        }
    }
    ///Body of `order_merchant_move`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdateOrderMerchantRequest {
        ///Id of the target store (UUID). Not filled in by the client.
        #[serde(rename = "merchantId")]
        pub merchant_id: ::std::string::String,
        ///Invoicebox id of the order to move (UUID).
        #[serde(rename = "orderId")]
        pub order_id: ::std::string::String,
    }
    impl UpdateOrderMerchantRequest {
        pub fn builder() -> builder::UpdateOrderMerchantRequest {
            Default::default()
        }
    }
    ///Body of `order_update`. Every field optional; send only what changes.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UpdateOrderRequest {
        ///New order total including VAT; the sum of the lines' totalAmount.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::DecimalNumber>,
        ///New lines (replace the basket; amounts must stay consistent).
        #[serde(
            rename = "basketItems",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub basket_items: ::std::vec::Vec<BasketItem>,
        ///The buyer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customer: ::std::option::Option<Customer>,
        ///New description, up to 1000 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///New payment deadline, RFC 3339 with offset.
        #[serde(
            rename = "expirationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expiration_date: ::std::option::Option<::std::string::String>,
        ///Free-form JSON-LD metadata (see MetaData).
        #[serde(
            rename = "metaData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meta_data: ::std::option::Option<MetaData>,
        ///Linked point of sale / marketplace shop. The docs say a UUID string (36 characters); the official SDK types it as an integer and its mock answers `333`, so it is read and written as text.
        #[serde(
            rename = "shopId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub shop_id: ::std::option::Option<::payspec::Text>,
        ///New VAT of the order.
        #[serde(
            rename = "vatAmount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vat_amount: ::std::option::Option<::payspec::DecimalNumber>,
    }
    impl UpdateOrderRequest {
        pub fn builder() -> builder::UpdateOrderRequest {
            Default::default()
        }
    }
    ///Body of `order_status_update`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdateOrderStatusRequest {
        ///The new status. The docs allow `created`, `completed`, `expired`, `cancelled` (sic, double l).
        pub status: crate::generated::types::OrderStatus,
    }
    impl UpdateOrderStatusRequest {
        pub fn builder() -> builder::UpdateOrderStatusRequest {
            Default::default()
        }
    }
    ///Body of `payment_method_validate`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ValidateRequest {
        ///The buyer who pays.
        pub customer: Customer,
        ///Language of the messages (`ru`, `en`).
        #[serde(
            rename = "languageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub language_id: ::std::option::Option<crate::generated::types::LanguageId>,
        ///Payment method id: pre-selected on the payment page (an integer in the docs, e.g. 123), or in the guarantee calls the payment-confirmation instrument id (a string of up to 36 characters, e.g. "39363265"). No call lists these ids; read and written as text.
        #[serde(rename = "paymentMethodId")]
        pub payment_method_id: ::payspec::Text,
    }
    impl ValidateRequest {
        pub fn builder() -> builder::ValidateRequest {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ApiError {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fields: ::std::result::Result<
                ::std::vec::Vec<super::FieldError>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiError {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    fields: Ok(Default::default()),
                    message: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ApiError {
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
            pub fn fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::FieldError>>,
                T::Error: ::std::fmt::Display,
            {
                self.fields = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fields: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
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
        impl ::std::convert::TryFrom<ApiError> for super::ApiError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    fields: value.fields?,
                    message: value.message?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ApiError> for ApiError {
            fn from(value: super::ApiError) -> Self {
                Self {
                    code: Ok(value.code),
                    fields: Ok(value.fields),
                    message: Ok(value.message),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BasketItem {
            amount: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
            amount_wo_vat: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
            category: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            category_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            excise: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            gross_weight: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            group_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            measure: ::std::result::Result<::std::string::String, ::std::string::String>,
            measure_code: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            meta_data: ::std::result::Result<
                ::std::option::Option<super::MetaData>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            net_weight: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            origin_country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            origin_country_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_type: ::std::result::Result<
                crate::generated::types::PaymentType,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
            service_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sku: ::std::result::Result<::std::string::String, ::std::string::String>,
            total_amount: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
            total_vat_amount: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::generated::types::BasketItemType,
                ::std::string::String,
            >,
            vat_code: ::std::result::Result<
                crate::generated::types::VatCode,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BasketItem {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    amount_wo_vat: Err(
                        "no value supplied for amount_wo_vat".to_string(),
                    ),
                    category: Ok(Default::default()),
                    category_type: Ok(Default::default()),
                    excise: Ok(Default::default()),
                    gross_weight: Ok(Default::default()),
                    group_name: Ok(Default::default()),
                    measure: Err("no value supplied for measure".to_string()),
                    measure_code: Err("no value supplied for measure_code".to_string()),
                    meta_data: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    net_weight: Ok(Default::default()),
                    origin_country: Ok(Default::default()),
                    origin_country_code: Ok(Default::default()),
                    payment_type: Err("no value supplied for payment_type".to_string()),
                    quantity: Err("no value supplied for quantity".to_string()),
                    service_date: Ok(Default::default()),
                    sku: Err("no value supplied for sku".to_string()),
                    total_amount: Err("no value supplied for total_amount".to_string()),
                    total_vat_amount: Err(
                        "no value supplied for total_vat_amount".to_string(),
                    ),
                    type_: Err("no value supplied for type_".to_string()),
                    vat_code: Err("no value supplied for vat_code".to_string()),
                }
            }
        }
        impl BasketItem {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::DecimalNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn amount_wo_vat<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::DecimalNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_wo_vat = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_wo_vat: {e}")
                    });
                self
            }
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category: {e}")
                    });
                self
            }
            pub fn category_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.category_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category_type: {e}")
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
            pub fn gross_weight<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.gross_weight = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gross_weight: {e}")
                    });
                self
            }
            pub fn group_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_name: {e}")
                    });
                self
            }
            pub fn measure<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.measure = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for measure: {e}")
                    });
                self
            }
            pub fn measure_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.measure_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for measure_code: {e}")
                    });
                self
            }
            pub fn meta_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MetaData>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta_data: {e}")
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
            pub fn net_weight<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.net_weight = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for net_weight: {e}")
                    });
                self
            }
            pub fn origin_country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.origin_country = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for origin_country: {e}"
                        )
                    });
                self
            }
            pub fn origin_country_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.origin_country_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for origin_country_code: {e}"
                        )
                    });
                self
            }
            pub fn payment_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::types::PaymentType>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payment_type: {e}")
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
            pub fn service_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service_date: {e}")
                    });
                self
            }
            pub fn sku<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.sku = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sku: {e}")
                    });
                self
            }
            pub fn total_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::DecimalNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.total_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_amount: {e}")
                    });
                self
            }
            pub fn total_vat_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::DecimalNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.total_vat_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for total_vat_amount: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::types::BasketItemType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn vat_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::types::VatCode>,
                T::Error: ::std::fmt::Display,
            {
                self.vat_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BasketItem> for super::BasketItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BasketItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    amount_wo_vat: value.amount_wo_vat?,
                    category: value.category?,
                    category_type: value.category_type?,
                    excise: value.excise?,
                    gross_weight: value.gross_weight?,
                    group_name: value.group_name?,
                    measure: value.measure?,
                    measure_code: value.measure_code?,
                    meta_data: value.meta_data?,
                    name: value.name?,
                    net_weight: value.net_weight?,
                    origin_country: value.origin_country?,
                    origin_country_code: value.origin_country_code?,
                    payment_type: value.payment_type?,
                    quantity: value.quantity?,
                    service_date: value.service_date?,
                    sku: value.sku?,
                    total_amount: value.total_amount?,
                    total_vat_amount: value.total_vat_amount?,
                    type_: value.type_?,
                    vat_code: value.vat_code?,
                })
            }
        }
        impl ::std::convert::From<super::BasketItem> for BasketItem {
            fn from(value: super::BasketItem) -> Self {
                Self {
                    amount: Ok(value.amount),
                    amount_wo_vat: Ok(value.amount_wo_vat),
                    category: Ok(value.category),
                    category_type: Ok(value.category_type),
                    excise: Ok(value.excise),
                    gross_weight: Ok(value.gross_weight),
                    group_name: Ok(value.group_name),
                    measure: Ok(value.measure),
                    measure_code: Ok(value.measure_code),
                    meta_data: Ok(value.meta_data),
                    name: Ok(value.name),
                    net_weight: Ok(value.net_weight),
                    origin_country: Ok(value.origin_country),
                    origin_country_code: Ok(value.origin_country_code),
                    payment_type: Ok(value.payment_type),
                    quantity: Ok(value.quantity),
                    service_date: Ok(value.service_date),
                    sku: Ok(value.sku),
                    total_amount: Ok(value.total_amount),
                    total_vat_amount: Ok(value.total_vat_amount),
                    type_: Ok(value.type_),
                    vat_code: Ok(value.vat_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BasketItemInfo {
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            amount_wo_vat: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            available_amount: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            available_vat_amount: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            category: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            category_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            excise: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            gross_weight: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            group_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            measure: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            measure_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            meta_data: ::std::result::Result<
                ::std::option::Option<super::MetaData>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            net_weight: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            origin_country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            origin_country_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_type: ::std::result::Result<
                ::std::option::Option<crate::generated::types::PaymentType>,
                ::std::string::String,
            >,
            quantity: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            service_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sku: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            total_amount: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            total_vat_amount: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::generated::types::BasketItemType>,
                ::std::string::String,
            >,
            vat_code: ::std::result::Result<
                ::std::option::Option<crate::generated::types::VatCode>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BasketItemInfo {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    amount_wo_vat: Ok(Default::default()),
                    available_amount: Ok(Default::default()),
                    available_vat_amount: Ok(Default::default()),
                    category: Ok(Default::default()),
                    category_type: Ok(Default::default()),
                    excise: Ok(Default::default()),
                    gross_weight: Ok(Default::default()),
                    group_name: Ok(Default::default()),
                    measure: Ok(Default::default()),
                    measure_code: Ok(Default::default()),
                    meta_data: Ok(Default::default()),
                    name: Ok(Default::default()),
                    net_weight: Ok(Default::default()),
                    origin_country: Ok(Default::default()),
                    origin_country_code: Ok(Default::default()),
                    payment_type: Ok(Default::default()),
                    quantity: Ok(Default::default()),
                    service_date: Ok(Default::default()),
                    sku: Ok(Default::default()),
                    total_amount: Ok(Default::default()),
                    total_vat_amount: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    vat_code: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl BasketItemInfo {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn amount_wo_vat<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.amount_wo_vat = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_wo_vat: {e}")
                    });
                self
            }
            pub fn available_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.available_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for available_amount: {e}"
                        )
                    });
                self
            }
            pub fn available_vat_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.available_vat_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for available_vat_amount: {e}"
                        )
                    });
                self
            }
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category: {e}")
                    });
                self
            }
            pub fn category_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.category_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category_type: {e}")
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
            pub fn gross_weight<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.gross_weight = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gross_weight: {e}")
                    });
                self
            }
            pub fn group_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_name: {e}")
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
            pub fn measure_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.measure_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for measure_code: {e}")
                    });
                self
            }
            pub fn meta_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MetaData>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta_data: {e}")
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
            pub fn net_weight<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.net_weight = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for net_weight: {e}")
                    });
                self
            }
            pub fn origin_country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.origin_country = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for origin_country: {e}"
                        )
                    });
                self
            }
            pub fn origin_country_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.origin_country_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for origin_country_code: {e}"
                        )
                    });
                self
            }
            pub fn payment_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::PaymentType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payment_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payment_type: {e}")
                    });
                self
            }
            pub fn quantity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.quantity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for quantity: {e}")
                    });
                self
            }
            pub fn service_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service_date: {e}")
                    });
                self
            }
            pub fn sku<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sku = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sku: {e}")
                    });
                self
            }
            pub fn total_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.total_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_amount: {e}")
                    });
                self
            }
            pub fn total_vat_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.total_vat_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for total_vat_amount: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::BasketItemType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn vat_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::VatCode>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.vat_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_code: {e}")
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
        impl ::std::convert::TryFrom<BasketItemInfo> for super::BasketItemInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BasketItemInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    amount_wo_vat: value.amount_wo_vat?,
                    available_amount: value.available_amount?,
                    available_vat_amount: value.available_vat_amount?,
                    category: value.category?,
                    category_type: value.category_type?,
                    excise: value.excise?,
                    gross_weight: value.gross_weight?,
                    group_name: value.group_name?,
                    measure: value.measure?,
                    measure_code: value.measure_code?,
                    meta_data: value.meta_data?,
                    name: value.name?,
                    net_weight: value.net_weight?,
                    origin_country: value.origin_country?,
                    origin_country_code: value.origin_country_code?,
                    payment_type: value.payment_type?,
                    quantity: value.quantity?,
                    service_date: value.service_date?,
                    sku: value.sku?,
                    total_amount: value.total_amount?,
                    total_vat_amount: value.total_vat_amount?,
                    type_: value.type_?,
                    vat_code: value.vat_code?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::BasketItemInfo> for BasketItemInfo {
            fn from(value: super::BasketItemInfo) -> Self {
                Self {
                    amount: Ok(value.amount),
                    amount_wo_vat: Ok(value.amount_wo_vat),
                    available_amount: Ok(value.available_amount),
                    available_vat_amount: Ok(value.available_vat_amount),
                    category: Ok(value.category),
                    category_type: Ok(value.category_type),
                    excise: Ok(value.excise),
                    gross_weight: Ok(value.gross_weight),
                    group_name: Ok(value.group_name),
                    measure: Ok(value.measure),
                    measure_code: Ok(value.measure_code),
                    meta_data: Ok(value.meta_data),
                    name: Ok(value.name),
                    net_weight: Ok(value.net_weight),
                    origin_country: Ok(value.origin_country),
                    origin_country_code: Ok(value.origin_country_code),
                    payment_type: Ok(value.payment_type),
                    quantity: Ok(value.quantity),
                    service_date: Ok(value.service_date),
                    sku: Ok(value.sku),
                    total_amount: Ok(value.total_amount),
                    total_vat_amount: Ok(value.total_vat_amount),
                    type_: Ok(value.type_),
                    vat_code: Ok(value.vat_code),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BasketItemListEnvelope {
            data: ::std::result::Result<
                ::std::vec::Vec<super::BasketItemInfo>,
                ::std::string::String,
            >,
            extended_data: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BasketItemListEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    extended_data: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl BasketItemListEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BasketItemInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extended_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.extended_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extended_data: {e}")
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
        impl ::std::convert::TryFrom<BasketItemListEnvelope>
        for super::BasketItemListEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BasketItemListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    extended_data: value.extended_data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::BasketItemListEnvelope>
        for BasketItemListEnvelope {
            fn from(value: super::BasketItemListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    extended_data: Ok(value.extended_data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckAuth {
            access_token: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            profile: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckAuth {
            fn default() -> Self {
                Self {
                    access_token: Ok(Default::default()),
                    profile: Ok(Default::default()),
                    user_id: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl CheckAuth {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            pub fn profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.profile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profile: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
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
        impl ::std::convert::TryFrom<CheckAuth> for super::CheckAuth {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckAuth,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    profile: value.profile?,
                    user_id: value.user_id?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CheckAuth> for CheckAuth {
            fn from(value: super::CheckAuth) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    profile: Ok(value.profile),
                    user_id: Ok(value.user_id),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CheckAuthEnvelope {
            data: ::std::result::Result<super::CheckAuth, ::std::string::String>,
            extended_data: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CheckAuthEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    extended_data: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl CheckAuthEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CheckAuth>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extended_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.extended_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extended_data: {e}")
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
        impl ::std::convert::TryFrom<CheckAuthEnvelope> for super::CheckAuthEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CheckAuthEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    extended_data: value.extended_data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CheckAuthEnvelope> for CheckAuthEnvelope {
            fn from(value: super::CheckAuthEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    extended_data: Ok(value.extended_data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CodeRequest {
            customer: ::std::result::Result<super::Customer, ::std::string::String>,
            language_id: ::std::result::Result<
                ::std::option::Option<crate::generated::types::LanguageId>,
                ::std::string::String,
            >,
            payment_method_id: ::std::result::Result<
                ::payspec::Text,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CodeRequest {
            fn default() -> Self {
                Self {
                    customer: Err("no value supplied for customer".to_string()),
                    language_id: Ok(Default::default()),
                    payment_method_id: Err(
                        "no value supplied for payment_method_id".to_string(),
                    ),
                }
            }
        }
        impl CodeRequest {
            pub fn customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Customer>,
                T::Error: ::std::fmt::Display,
            {
                self.customer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer: {e}")
                    });
                self
            }
            pub fn language_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::LanguageId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.language_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language_id: {e}")
                    });
                self
            }
            pub fn payment_method_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::Text>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CodeRequest> for super::CodeRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CodeRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    customer: value.customer?,
                    language_id: value.language_id?,
                    payment_method_id: value.payment_method_id?,
                })
            }
        }
        impl ::std::convert::From<super::CodeRequest> for CodeRequest {
            fn from(value: super::CodeRequest) -> Self {
                Self {
                    customer: Ok(value.customer),
                    language_id: Ok(value.language_id),
                    payment_method_id: Ok(value.payment_method_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Counterparty {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name_full: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name_i18n: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            post_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            post_address_zip: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            registration_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            registration_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            registration_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tax_registration_reason_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vat_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Counterparty {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Ok(Default::default()),
                    name_full: Ok(Default::default()),
                    name_i18n: Ok(Default::default()),
                    post_address: Ok(Default::default()),
                    post_address_zip: Ok(Default::default()),
                    registration_address: Ok(Default::default()),
                    registration_date: Ok(Default::default()),
                    registration_number: Ok(Default::default()),
                    tax_registration_reason_code: Ok(Default::default()),
                    vat_number: Err("no value supplied for vat_number".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Counterparty {
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
            pub fn name_full<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name_full = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name_full: {e}")
                    });
                self
            }
            pub fn name_i18n<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name_i18n = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name_i18n: {e}")
                    });
                self
            }
            pub fn post_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.post_address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for post_address: {e}")
                    });
                self
            }
            pub fn post_address_zip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.post_address_zip = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for post_address_zip: {e}"
                        )
                    });
                self
            }
            pub fn registration_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.registration_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_address: {e}"
                        )
                    });
                self
            }
            pub fn registration_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.registration_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_date: {e}"
                        )
                    });
                self
            }
            pub fn registration_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.registration_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_number: {e}"
                        )
                    });
                self
            }
            pub fn tax_registration_reason_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_registration_reason_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for tax_registration_reason_code: {e}"
                        )
                    });
                self
            }
            pub fn vat_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.vat_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_number: {e}")
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
        impl ::std::convert::TryFrom<Counterparty> for super::Counterparty {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Counterparty,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    name_full: value.name_full?,
                    name_i18n: value.name_i18n?,
                    post_address: value.post_address?,
                    post_address_zip: value.post_address_zip?,
                    registration_address: value.registration_address?,
                    registration_date: value.registration_date?,
                    registration_number: value.registration_number?,
                    tax_registration_reason_code: value.tax_registration_reason_code?,
                    vat_number: value.vat_number?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Counterparty> for Counterparty {
            fn from(value: super::Counterparty) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    name_full: Ok(value.name_full),
                    name_i18n: Ok(value.name_i18n),
                    post_address: Ok(value.post_address),
                    post_address_zip: Ok(value.post_address_zip),
                    registration_address: Ok(value.registration_address),
                    registration_date: Ok(value.registration_date),
                    registration_number: Ok(value.registration_number),
                    tax_registration_reason_code: Ok(value.tax_registration_reason_code),
                    vat_number: Ok(value.vat_number),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CounterpartyListEnvelope {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Counterparty>,
                ::std::string::String,
            >,
            extended_data: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            meta_data: ::std::result::Result<
                ::std::option::Option<super::PageMeta>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CounterpartyListEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    extended_data: Ok(Default::default()),
                    meta_data: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl CounterpartyListEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Counterparty>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extended_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.extended_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extended_data: {e}")
                    });
                self
            }
            pub fn meta_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PageMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta_data: {e}")
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
        impl ::std::convert::TryFrom<CounterpartyListEnvelope>
        for super::CounterpartyListEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CounterpartyListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    extended_data: value.extended_data?,
                    meta_data: value.meta_data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CounterpartyListEnvelope>
        for CounterpartyListEnvelope {
            fn from(value: super::CounterpartyListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    extended_data: Ok(value.extended_data),
                    meta_data: Ok(value.meta_data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateAgentOrderRequest {
            amount: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
            basket_items: ::std::result::Result<
                ::std::vec::Vec<super::BasketItem>,
                ::std::string::String,
            >,
            currency_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            customer: ::std::result::Result<super::Customer, ::std::string::String>,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            expiration_date: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            fail_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invoice_setting: ::std::result::Result<
                ::std::option::Option<super::InvoiceSetting>,
                ::std::string::String,
            >,
            language_id: ::std::result::Result<
                ::std::option::Option<crate::generated::types::LanguageId>,
                ::std::string::String,
            >,
            merchant_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_order_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            merchant_order_id_visible: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            meta_data: ::std::result::Result<
                ::std::option::Option<super::MetaData>,
                ::std::string::String,
            >,
            notification_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order_container_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order_setting: ::std::result::Result<
                ::std::option::Option<super::OrderSetting>,
                ::std::string::String,
            >,
            parent_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            processable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            return_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            seller: ::std::result::Result<super::Seller, ::std::string::String>,
            shop_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vat_amount: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateAgentOrderRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    basket_items: Err("no value supplied for basket_items".to_string()),
                    currency_id: Err("no value supplied for currency_id".to_string()),
                    customer: Err("no value supplied for customer".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    expiration_date: Err(
                        "no value supplied for expiration_date".to_string(),
                    ),
                    fail_url: Ok(Default::default()),
                    invoice_setting: Ok(Default::default()),
                    language_id: Ok(Default::default()),
                    merchant_id: Ok(Default::default()),
                    merchant_order_id: Err(
                        "no value supplied for merchant_order_id".to_string(),
                    ),
                    merchant_order_id_visible: Ok(Default::default()),
                    meta_data: Ok(Default::default()),
                    notification_url: Ok(Default::default()),
                    order_container_id: Ok(Default::default()),
                    order_setting: Ok(Default::default()),
                    parent_id: Ok(Default::default()),
                    processable: Ok(Default::default()),
                    return_url: Ok(Default::default()),
                    seller: Err("no value supplied for seller".to_string()),
                    shop_id: Ok(Default::default()),
                    success_url: Ok(Default::default()),
                    user_account_id: Ok(Default::default()),
                    vat_amount: Err("no value supplied for vat_amount".to_string()),
                }
            }
        }
        impl CreateAgentOrderRequest {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::DecimalNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn basket_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BasketItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.basket_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for basket_items: {e}")
                    });
                self
            }
            pub fn currency_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency_id: {e}")
                    });
                self
            }
            pub fn customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Customer>,
                T::Error: ::std::fmt::Display,
            {
                self.customer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
                T: ::std::convert::TryInto<::std::string::String>,
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
            pub fn invoice_setting<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::InvoiceSetting>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_setting = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invoice_setting: {e}"
                        )
                    });
                self
            }
            pub fn language_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::LanguageId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.language_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language_id: {e}")
                    });
                self
            }
            pub fn merchant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_id: {e}")
                    });
                self
            }
            pub fn merchant_order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_order_id: {e}"
                        )
                    });
                self
            }
            pub fn merchant_order_id_visible<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_order_id_visible = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_order_id_visible: {e}"
                        )
                    });
                self
            }
            pub fn meta_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MetaData>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta_data: {e}")
                    });
                self
            }
            pub fn notification_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notification_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for notification_url: {e}"
                        )
                    });
                self
            }
            pub fn order_container_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_container_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for order_container_id: {e}"
                        )
                    });
                self
            }
            pub fn order_setting<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OrderSetting>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_setting = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_setting: {e}")
                    });
                self
            }
            pub fn parent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent_id: {e}")
                    });
                self
            }
            pub fn processable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.processable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for processable: {e}")
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
            pub fn seller<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Seller>,
                T::Error: ::std::fmt::Display,
            {
                self.seller = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for seller: {e}")
                    });
                self
            }
            pub fn shop_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.shop_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for shop_id: {e}")
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
            pub fn user_account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_account_id: {e}"
                        )
                    });
                self
            }
            pub fn vat_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::DecimalNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.vat_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_amount: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateAgentOrderRequest>
        for super::CreateAgentOrderRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateAgentOrderRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    basket_items: value.basket_items?,
                    currency_id: value.currency_id?,
                    customer: value.customer?,
                    description: value.description?,
                    expiration_date: value.expiration_date?,
                    fail_url: value.fail_url?,
                    invoice_setting: value.invoice_setting?,
                    language_id: value.language_id?,
                    merchant_id: value.merchant_id?,
                    merchant_order_id: value.merchant_order_id?,
                    merchant_order_id_visible: value.merchant_order_id_visible?,
                    meta_data: value.meta_data?,
                    notification_url: value.notification_url?,
                    order_container_id: value.order_container_id?,
                    order_setting: value.order_setting?,
                    parent_id: value.parent_id?,
                    processable: value.processable?,
                    return_url: value.return_url?,
                    seller: value.seller?,
                    shop_id: value.shop_id?,
                    success_url: value.success_url?,
                    user_account_id: value.user_account_id?,
                    vat_amount: value.vat_amount?,
                })
            }
        }
        impl ::std::convert::From<super::CreateAgentOrderRequest>
        for CreateAgentOrderRequest {
            fn from(value: super::CreateAgentOrderRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    basket_items: Ok(value.basket_items),
                    currency_id: Ok(value.currency_id),
                    customer: Ok(value.customer),
                    description: Ok(value.description),
                    expiration_date: Ok(value.expiration_date),
                    fail_url: Ok(value.fail_url),
                    invoice_setting: Ok(value.invoice_setting),
                    language_id: Ok(value.language_id),
                    merchant_id: Ok(value.merchant_id),
                    merchant_order_id: Ok(value.merchant_order_id),
                    merchant_order_id_visible: Ok(value.merchant_order_id_visible),
                    meta_data: Ok(value.meta_data),
                    notification_url: Ok(value.notification_url),
                    order_container_id: Ok(value.order_container_id),
                    order_setting: Ok(value.order_setting),
                    parent_id: Ok(value.parent_id),
                    processable: Ok(value.processable),
                    return_url: Ok(value.return_url),
                    seller: Ok(value.seller),
                    shop_id: Ok(value.shop_id),
                    success_url: Ok(value.success_url),
                    user_account_id: Ok(value.user_account_id),
                    vat_amount: Ok(value.vat_amount),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateOrderRequest {
            amount: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
            basket_items: ::std::result::Result<
                ::std::vec::Vec<super::BasketItem>,
                ::std::string::String,
            >,
            currency_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            customer: ::std::result::Result<super::Customer, ::std::string::String>,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            expiration_date: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            fail_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invoice_setting: ::std::result::Result<
                ::std::option::Option<super::InvoiceSetting>,
                ::std::string::String,
            >,
            language_id: ::std::result::Result<
                ::std::option::Option<crate::generated::types::LanguageId>,
                ::std::string::String,
            >,
            merchant_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_order_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            merchant_order_id_visible: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            meta_data: ::std::result::Result<
                ::std::option::Option<super::MetaData>,
                ::std::string::String,
            >,
            notification_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order_container_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order_setting: ::std::result::Result<
                ::std::option::Option<super::OrderSetting>,
                ::std::string::String,
            >,
            parent_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            processable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            return_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            shop_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vat_amount: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateOrderRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    basket_items: Err("no value supplied for basket_items".to_string()),
                    currency_id: Err("no value supplied for currency_id".to_string()),
                    customer: Err("no value supplied for customer".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    expiration_date: Err(
                        "no value supplied for expiration_date".to_string(),
                    ),
                    fail_url: Ok(Default::default()),
                    invoice_setting: Ok(Default::default()),
                    language_id: Ok(Default::default()),
                    merchant_id: Ok(Default::default()),
                    merchant_order_id: Err(
                        "no value supplied for merchant_order_id".to_string(),
                    ),
                    merchant_order_id_visible: Ok(Default::default()),
                    meta_data: Ok(Default::default()),
                    notification_url: Ok(Default::default()),
                    order_container_id: Ok(Default::default()),
                    order_setting: Ok(Default::default()),
                    parent_id: Ok(Default::default()),
                    processable: Ok(Default::default()),
                    return_url: Ok(Default::default()),
                    shop_id: Ok(Default::default()),
                    success_url: Ok(Default::default()),
                    user_account_id: Ok(Default::default()),
                    vat_amount: Err("no value supplied for vat_amount".to_string()),
                }
            }
        }
        impl CreateOrderRequest {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::DecimalNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn basket_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BasketItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.basket_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for basket_items: {e}")
                    });
                self
            }
            pub fn currency_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency_id: {e}")
                    });
                self
            }
            pub fn customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Customer>,
                T::Error: ::std::fmt::Display,
            {
                self.customer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
                T: ::std::convert::TryInto<::std::string::String>,
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
            pub fn invoice_setting<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::InvoiceSetting>>,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_setting = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invoice_setting: {e}"
                        )
                    });
                self
            }
            pub fn language_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::LanguageId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.language_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language_id: {e}")
                    });
                self
            }
            pub fn merchant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_id: {e}")
                    });
                self
            }
            pub fn merchant_order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_order_id: {e}"
                        )
                    });
                self
            }
            pub fn merchant_order_id_visible<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_order_id_visible = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_order_id_visible: {e}"
                        )
                    });
                self
            }
            pub fn meta_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MetaData>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta_data: {e}")
                    });
                self
            }
            pub fn notification_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notification_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for notification_url: {e}"
                        )
                    });
                self
            }
            pub fn order_container_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_container_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for order_container_id: {e}"
                        )
                    });
                self
            }
            pub fn order_setting<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OrderSetting>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_setting = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_setting: {e}")
                    });
                self
            }
            pub fn parent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent_id: {e}")
                    });
                self
            }
            pub fn processable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.processable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for processable: {e}")
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
            pub fn shop_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.shop_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for shop_id: {e}")
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
            pub fn user_account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_account_id: {e}"
                        )
                    });
                self
            }
            pub fn vat_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::DecimalNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.vat_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_amount: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateOrderRequest> for super::CreateOrderRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateOrderRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    basket_items: value.basket_items?,
                    currency_id: value.currency_id?,
                    customer: value.customer?,
                    description: value.description?,
                    expiration_date: value.expiration_date?,
                    fail_url: value.fail_url?,
                    invoice_setting: value.invoice_setting?,
                    language_id: value.language_id?,
                    merchant_id: value.merchant_id?,
                    merchant_order_id: value.merchant_order_id?,
                    merchant_order_id_visible: value.merchant_order_id_visible?,
                    meta_data: value.meta_data?,
                    notification_url: value.notification_url?,
                    order_container_id: value.order_container_id?,
                    order_setting: value.order_setting?,
                    parent_id: value.parent_id?,
                    processable: value.processable?,
                    return_url: value.return_url?,
                    shop_id: value.shop_id?,
                    success_url: value.success_url?,
                    user_account_id: value.user_account_id?,
                    vat_amount: value.vat_amount?,
                })
            }
        }
        impl ::std::convert::From<super::CreateOrderRequest> for CreateOrderRequest {
            fn from(value: super::CreateOrderRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    basket_items: Ok(value.basket_items),
                    currency_id: Ok(value.currency_id),
                    customer: Ok(value.customer),
                    description: Ok(value.description),
                    expiration_date: Ok(value.expiration_date),
                    fail_url: Ok(value.fail_url),
                    invoice_setting: Ok(value.invoice_setting),
                    language_id: Ok(value.language_id),
                    merchant_id: Ok(value.merchant_id),
                    merchant_order_id: Ok(value.merchant_order_id),
                    merchant_order_id_visible: Ok(value.merchant_order_id_visible),
                    meta_data: Ok(value.meta_data),
                    notification_url: Ok(value.notification_url),
                    order_container_id: Ok(value.order_container_id),
                    order_setting: Ok(value.order_setting),
                    parent_id: Ok(value.parent_id),
                    processable: Ok(value.processable),
                    return_url: Ok(value.return_url),
                    shop_id: Ok(value.shop_id),
                    success_url: Ok(value.success_url),
                    user_account_id: Ok(value.user_account_id),
                    vat_amount: Ok(value.vat_amount),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateRefundRequest {
            amount: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
            basket_items: ::std::result::Result<
                ::std::vec::Vec<super::BasketItem>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            merchant_order_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            parent_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::generated::types::RefundStatus>,
                ::std::string::String,
            >,
            vat_amount: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateRefundRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    basket_items: Err("no value supplied for basket_items".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    merchant_order_id: Err(
                        "no value supplied for merchant_order_id".to_string(),
                    ),
                    parent_id: Err("no value supplied for parent_id".to_string()),
                    status: Ok(Default::default()),
                    vat_amount: Err("no value supplied for vat_amount".to_string()),
                }
            }
        }
        impl CreateRefundRequest {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::DecimalNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn basket_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BasketItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.basket_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for basket_items: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn merchant_order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_order_id: {e}"
                        )
                    });
                self
            }
            pub fn parent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent_id: {e}")
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
            pub fn vat_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::DecimalNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.vat_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_amount: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateRefundRequest>
        for super::CreateRefundRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateRefundRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    basket_items: value.basket_items?,
                    description: value.description?,
                    merchant_order_id: value.merchant_order_id?,
                    parent_id: value.parent_id?,
                    status: value.status?,
                    vat_amount: value.vat_amount?,
                })
            }
        }
        impl ::std::convert::From<super::CreateRefundRequest> for CreateRefundRequest {
            fn from(value: super::CreateRefundRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    basket_items: Ok(value.basket_items),
                    description: Ok(value.description),
                    merchant_order_id: Ok(value.merchant_order_id),
                    parent_id: Ok(value.parent_id),
                    status: Ok(value.status),
                    vat_amount: Ok(value.vat_amount),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateShipmentRequest {
            basket_items: ::std::result::Result<
                ::std::vec::Vec<super::BasketItem>,
                ::std::string::String,
            >,
            document_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            document_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            final_: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            order_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateShipmentRequest {
            fn default() -> Self {
                Self {
                    basket_items: Err("no value supplied for basket_items".to_string()),
                    document_date: Ok(Default::default()),
                    document_number: Ok(Default::default()),
                    final_: Ok(Default::default()),
                    order_id: Err("no value supplied for order_id".to_string()),
                }
            }
        }
        impl CreateShipmentRequest {
            pub fn basket_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BasketItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.basket_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for basket_items: {e}")
                    });
                self
            }
            pub fn document_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.document_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for document_date: {e}")
                    });
                self
            }
            pub fn document_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.document_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for document_number: {e}"
                        )
                    });
                self
            }
            pub fn final_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.final_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for final_: {e}")
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
        }
        impl ::std::convert::TryFrom<CreateShipmentRequest>
        for super::CreateShipmentRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateShipmentRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    basket_items: value.basket_items?,
                    document_date: value.document_date?,
                    document_number: value.document_number?,
                    final_: value.final_?,
                    order_id: value.order_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateShipmentRequest>
        for CreateShipmentRequest {
            fn from(value: super::CreateShipmentRequest) -> Self {
                Self {
                    basket_items: Ok(value.basket_items),
                    document_date: Ok(value.document_date),
                    document_number: Ok(value.document_number),
                    final_: Ok(value.final_),
                    order_id: Ok(value.order_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Customer {
            country_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            registration_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tax_registration_reason_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::generated::types::CustomerType>,
                ::std::string::String,
            >,
            vat_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Customer {
            fn default() -> Self {
                Self {
                    country_id: Ok(Default::default()),
                    email: Ok(Default::default()),
                    name: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    registration_address: Ok(Default::default()),
                    tax_registration_reason_code: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    vat_number: Ok(Default::default()),
                }
            }
        }
        impl Customer {
            pub fn country_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country_id: {e}")
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
            pub fn registration_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.registration_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_address: {e}"
                        )
                    });
                self
            }
            pub fn tax_registration_reason_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_registration_reason_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for tax_registration_reason_code: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::CustomerType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn vat_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vat_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_number: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Customer> for super::Customer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Customer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    country_id: value.country_id?,
                    email: value.email?,
                    name: value.name?,
                    phone: value.phone?,
                    registration_address: value.registration_address?,
                    tax_registration_reason_code: value.tax_registration_reason_code?,
                    type_: value.type_?,
                    vat_number: value.vat_number?,
                })
            }
        }
        impl ::std::convert::From<super::Customer> for Customer {
            fn from(value: super::Customer) -> Self {
                Self {
                    country_id: Ok(value.country_id),
                    email: Ok(value.email),
                    name: Ok(value.name),
                    phone: Ok(value.phone),
                    registration_address: Ok(value.registration_address),
                    tax_registration_reason_code: Ok(value.tax_registration_reason_code),
                    type_: Ok(value.type_),
                    vat_number: Ok(value.vat_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerInfo {
            country_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            registration_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tax_registration_reason_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::generated::types::CustomerType>,
                ::std::string::String,
            >,
            vat_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerInfo {
            fn default() -> Self {
                Self {
                    country_id: Ok(Default::default()),
                    email: Ok(Default::default()),
                    name: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    registration_address: Ok(Default::default()),
                    tax_registration_reason_code: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    vat_number: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl CustomerInfo {
            pub fn country_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country_id: {e}")
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
            pub fn registration_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.registration_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for registration_address: {e}"
                        )
                    });
                self
            }
            pub fn tax_registration_reason_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_registration_reason_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for tax_registration_reason_code: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::CustomerType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn vat_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vat_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_number: {e}")
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
        impl ::std::convert::TryFrom<CustomerInfo> for super::CustomerInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    country_id: value.country_id?,
                    email: value.email?,
                    name: value.name?,
                    phone: value.phone?,
                    registration_address: value.registration_address?,
                    tax_registration_reason_code: value.tax_registration_reason_code?,
                    type_: value.type_?,
                    vat_number: value.vat_number?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerInfo> for CustomerInfo {
            fn from(value: super::CustomerInfo) -> Self {
                Self {
                    country_id: Ok(value.country_id),
                    email: Ok(value.email),
                    name: Ok(value.name),
                    phone: Ok(value.phone),
                    registration_address: Ok(value.registration_address),
                    tax_registration_reason_code: Ok(value.tax_registration_reason_code),
                    type_: Ok(value.type_),
                    vat_number: Ok(value.vat_number),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomerPaymentData {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            public_code: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomerPaymentData {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    public_code: Err("no value supplied for public_code".to_string()),
                }
            }
        }
        impl CustomerPaymentData {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn public_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.public_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for public_code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomerPaymentData>
        for super::CustomerPaymentData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomerPaymentData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    public_code: value.public_code?,
                })
            }
        }
        impl ::std::convert::From<super::CustomerPaymentData> for CustomerPaymentData {
            fn from(value: super::CustomerPaymentData) -> Self {
                Self {
                    code: Ok(value.code),
                    public_code: Ok(value.public_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorEnvelope {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<super::ApiError>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
                    message: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ErrorEnvelope {
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
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ApiError>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
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
                    message: value.message?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorEnvelope> for ErrorEnvelope {
            fn from(value: super::ErrorEnvelope) -> Self {
                Self {
                    code: Ok(value.code),
                    error: Ok(value.error),
                    message: Ok(value.message),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FieldError {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FieldError {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    message: Ok(Default::default()),
                    name: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl FieldError {
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
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
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
        impl ::std::convert::TryFrom<FieldError> for super::FieldError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FieldError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                    name: value.name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FieldError> for FieldError {
            fn from(value: super::FieldError) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                    name: Ok(value.name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceSetting {
            customer_hidden_fields: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            customer_locked: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            customer_locked_fields: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            delivery_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_method_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            payment_method_id_locked: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceSetting {
            fn default() -> Self {
                Self {
                    customer_hidden_fields: Ok(Default::default()),
                    customer_locked: Ok(Default::default()),
                    customer_locked_fields: Ok(Default::default()),
                    delivery_address: Ok(Default::default()),
                    payment_method_id: Ok(Default::default()),
                    payment_method_id_locked: Ok(Default::default()),
                }
            }
        }
        impl InvoiceSetting {
            pub fn customer_hidden_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_hidden_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_hidden_fields: {e}"
                        )
                    });
                self
            }
            pub fn customer_locked<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_locked = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_locked: {e}"
                        )
                    });
                self
            }
            pub fn customer_locked_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_locked_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_locked_fields: {e}"
                        )
                    });
                self
            }
            pub fn delivery_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.delivery_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for delivery_address: {e}"
                        )
                    });
                self
            }
            pub fn payment_method_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_id: {e}"
                        )
                    });
                self
            }
            pub fn payment_method_id_locked<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_id_locked = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_id_locked: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvoiceSetting> for super::InvoiceSetting {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceSetting,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    customer_hidden_fields: value.customer_hidden_fields?,
                    customer_locked: value.customer_locked?,
                    customer_locked_fields: value.customer_locked_fields?,
                    delivery_address: value.delivery_address?,
                    payment_method_id: value.payment_method_id?,
                    payment_method_id_locked: value.payment_method_id_locked?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceSetting> for InvoiceSetting {
            fn from(value: super::InvoiceSetting) -> Self {
                Self {
                    customer_hidden_fields: Ok(value.customer_hidden_fields),
                    customer_locked: Ok(value.customer_locked),
                    customer_locked_fields: Ok(value.customer_locked_fields),
                    delivery_address: Ok(value.delivery_address),
                    payment_method_id: Ok(value.payment_method_id),
                    payment_method_id_locked: Ok(value.payment_method_id_locked),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceSettingInfo {
            customer_hidden_fields: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            customer_locked: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            customer_locked_fields: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            delivery_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_method_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            payment_method_id_locked: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceSettingInfo {
            fn default() -> Self {
                Self {
                    customer_hidden_fields: Ok(Default::default()),
                    customer_locked: Ok(Default::default()),
                    customer_locked_fields: Ok(Default::default()),
                    delivery_address: Ok(Default::default()),
                    payment_method_id: Ok(Default::default()),
                    payment_method_id_locked: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl InvoiceSettingInfo {
            pub fn customer_hidden_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_hidden_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_hidden_fields: {e}"
                        )
                    });
                self
            }
            pub fn customer_locked<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_locked = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_locked: {e}"
                        )
                    });
                self
            }
            pub fn customer_locked_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_locked_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_locked_fields: {e}"
                        )
                    });
                self
            }
            pub fn delivery_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.delivery_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for delivery_address: {e}"
                        )
                    });
                self
            }
            pub fn payment_method_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_id: {e}"
                        )
                    });
                self
            }
            pub fn payment_method_id_locked<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_id_locked = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_id_locked: {e}"
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
        impl ::std::convert::TryFrom<InvoiceSettingInfo> for super::InvoiceSettingInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceSettingInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    customer_hidden_fields: value.customer_hidden_fields?,
                    customer_locked: value.customer_locked?,
                    customer_locked_fields: value.customer_locked_fields?,
                    delivery_address: value.delivery_address?,
                    payment_method_id: value.payment_method_id?,
                    payment_method_id_locked: value.payment_method_id_locked?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceSettingInfo> for InvoiceSettingInfo {
            fn from(value: super::InvoiceSettingInfo) -> Self {
                Self {
                    customer_hidden_fields: Ok(value.customer_hidden_fields),
                    customer_locked: Ok(value.customer_locked),
                    customer_locked_fields: Ok(value.customer_locked_fields),
                    delivery_address: Ok(value.delivery_address),
                    payment_method_id: Ok(value.payment_method_id),
                    payment_method_id_locked: Ok(value.payment_method_id_locked),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NotificationReply {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for NotificationReply {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    message: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl NotificationReply {
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
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NotificationReply> for super::NotificationReply {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NotificationReply,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::NotificationReply> for NotificationReply {
            fn from(value: super::NotificationReply) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Order {
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            basket_items: ::std::result::Result<
                ::std::vec::Vec<super::BasketItemInfo>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            currency_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            customer: ::std::result::Result<
                ::std::option::Option<super::CustomerInfo>,
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
            fail_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_ids: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            invoice_setting: ::std::result::Result<
                ::std::option::Option<super::InvoiceSettingInfo>,
                ::std::string::String,
            >,
            language_id: ::std::result::Result<
                ::std::option::Option<crate::generated::types::LanguageId>,
                ::std::string::String,
            >,
            merchant_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_order_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_order_id_visible: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            meta_data: ::std::result::Result<
                ::std::option::Option<super::MetaData>,
                ::std::string::String,
            >,
            notification_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order_container_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order_setting: ::std::result::Result<
                ::std::option::Option<super::OrderSettingInfo>,
                ::std::string::String,
            >,
            paid_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parent_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            processable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            processing_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            return_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            shop_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::generated::types::OrderStatus,
                ::std::string::String,
            >,
            subtype: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vat_amount: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Order {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    basket_items: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    currency_id: Ok(Default::default()),
                    customer: Ok(Default::default()),
                    description: Ok(Default::default()),
                    expiration_date: Ok(Default::default()),
                    fail_url: Ok(Default::default()),
                    file_ids: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    invoice_setting: Ok(Default::default()),
                    language_id: Ok(Default::default()),
                    merchant_id: Ok(Default::default()),
                    merchant_order_id: Ok(Default::default()),
                    merchant_order_id_visible: Ok(Default::default()),
                    meta_data: Ok(Default::default()),
                    notification_url: Ok(Default::default()),
                    order_container_id: Ok(Default::default()),
                    order_setting: Ok(Default::default()),
                    paid_at: Ok(Default::default()),
                    parent_id: Ok(Default::default()),
                    payment_url: Err("no value supplied for payment_url".to_string()),
                    processable: Ok(Default::default()),
                    processing_status: Ok(Default::default()),
                    return_url: Ok(Default::default()),
                    shop_id: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    subtype: Ok(Default::default()),
                    success_url: Ok(Default::default()),
                    user_account_id: Ok(Default::default()),
                    vat_amount: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Order {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn basket_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BasketItemInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.basket_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for basket_items: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency_id: {e}")
                    });
                self
            }
            pub fn customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CustomerInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer: {e}")
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
            pub fn file_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_ids: {e}")
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
            pub fn invoice_setting<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::InvoiceSettingInfo>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_setting = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invoice_setting: {e}"
                        )
                    });
                self
            }
            pub fn language_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::LanguageId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.language_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language_id: {e}")
                    });
                self
            }
            pub fn merchant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_id: {e}")
                    });
                self
            }
            pub fn merchant_order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_order_id: {e}"
                        )
                    });
                self
            }
            pub fn merchant_order_id_visible<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_order_id_visible = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_order_id_visible: {e}"
                        )
                    });
                self
            }
            pub fn meta_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MetaData>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta_data: {e}")
                    });
                self
            }
            pub fn notification_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notification_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for notification_url: {e}"
                        )
                    });
                self
            }
            pub fn order_container_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_container_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for order_container_id: {e}"
                        )
                    });
                self
            }
            pub fn order_setting<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OrderSettingInfo>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.order_setting = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_setting: {e}")
                    });
                self
            }
            pub fn paid_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.paid_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paid_at: {e}")
                    });
                self
            }
            pub fn parent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent_id: {e}")
                    });
                self
            }
            pub fn payment_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payment_url: {e}")
                    });
                self
            }
            pub fn processable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.processable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for processable: {e}")
                    });
                self
            }
            pub fn processing_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.processing_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for processing_status: {e}"
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
            pub fn shop_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.shop_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for shop_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::types::OrderStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn subtype<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.subtype = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subtype: {e}")
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
            pub fn user_account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_account_id: {e}"
                        )
                    });
                self
            }
            pub fn vat_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.vat_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_amount: {e}")
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
        impl ::std::convert::TryFrom<Order> for super::Order {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Order,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    basket_items: value.basket_items?,
                    created_at: value.created_at?,
                    currency_id: value.currency_id?,
                    customer: value.customer?,
                    description: value.description?,
                    expiration_date: value.expiration_date?,
                    fail_url: value.fail_url?,
                    file_ids: value.file_ids?,
                    id: value.id?,
                    invoice_setting: value.invoice_setting?,
                    language_id: value.language_id?,
                    merchant_id: value.merchant_id?,
                    merchant_order_id: value.merchant_order_id?,
                    merchant_order_id_visible: value.merchant_order_id_visible?,
                    meta_data: value.meta_data?,
                    notification_url: value.notification_url?,
                    order_container_id: value.order_container_id?,
                    order_setting: value.order_setting?,
                    paid_at: value.paid_at?,
                    parent_id: value.parent_id?,
                    payment_url: value.payment_url?,
                    processable: value.processable?,
                    processing_status: value.processing_status?,
                    return_url: value.return_url?,
                    shop_id: value.shop_id?,
                    status: value.status?,
                    subtype: value.subtype?,
                    success_url: value.success_url?,
                    user_account_id: value.user_account_id?,
                    vat_amount: value.vat_amount?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Order> for Order {
            fn from(value: super::Order) -> Self {
                Self {
                    amount: Ok(value.amount),
                    basket_items: Ok(value.basket_items),
                    created_at: Ok(value.created_at),
                    currency_id: Ok(value.currency_id),
                    customer: Ok(value.customer),
                    description: Ok(value.description),
                    expiration_date: Ok(value.expiration_date),
                    fail_url: Ok(value.fail_url),
                    file_ids: Ok(value.file_ids),
                    id: Ok(value.id),
                    invoice_setting: Ok(value.invoice_setting),
                    language_id: Ok(value.language_id),
                    merchant_id: Ok(value.merchant_id),
                    merchant_order_id: Ok(value.merchant_order_id),
                    merchant_order_id_visible: Ok(value.merchant_order_id_visible),
                    meta_data: Ok(value.meta_data),
                    notification_url: Ok(value.notification_url),
                    order_container_id: Ok(value.order_container_id),
                    order_setting: Ok(value.order_setting),
                    paid_at: Ok(value.paid_at),
                    parent_id: Ok(value.parent_id),
                    payment_url: Ok(value.payment_url),
                    processable: Ok(value.processable),
                    processing_status: Ok(value.processing_status),
                    return_url: Ok(value.return_url),
                    shop_id: Ok(value.shop_id),
                    status: Ok(value.status),
                    subtype: Ok(value.subtype),
                    success_url: Ok(value.success_url),
                    user_account_id: Ok(value.user_account_id),
                    vat_amount: Ok(value.vat_amount),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrderEnvelope {
            data: ::std::result::Result<super::Order, ::std::string::String>,
            extended_data: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrderEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    extended_data: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl OrderEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Order>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extended_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.extended_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extended_data: {e}")
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
        impl ::std::convert::TryFrom<OrderEnvelope> for super::OrderEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    extended_data: value.extended_data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OrderEnvelope> for OrderEnvelope {
            fn from(value: super::OrderEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    extended_data: Ok(value.extended_data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrderListEnvelope {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Order>,
                ::std::string::String,
            >,
            extended_data: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            meta_data: ::std::result::Result<
                ::std::option::Option<super::PageMeta>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrderListEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    extended_data: Ok(Default::default()),
                    meta_data: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl OrderListEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Order>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extended_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.extended_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extended_data: {e}")
                    });
                self
            }
            pub fn meta_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PageMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta_data: {e}")
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
        impl ::std::convert::TryFrom<OrderListEnvelope> for super::OrderListEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    extended_data: value.extended_data?,
                    meta_data: value.meta_data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OrderListEnvelope> for OrderListEnvelope {
            fn from(value: super::OrderListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    extended_data: Ok(value.extended_data),
                    meta_data: Ok(value.meta_data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrderNotification {
            amount: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
            basket_items: ::std::result::Result<
                ::std::vec::Vec<super::BasketItemInfo>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            currency_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            customer: ::std::result::Result<super::CustomerInfo, ::std::string::String>,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expiration_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fail_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_ids: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            invoice_setting: ::std::result::Result<
                ::std::option::Option<super::InvoiceSettingInfo>,
                ::std::string::String,
            >,
            language_id: ::std::result::Result<
                ::std::option::Option<crate::generated::types::LanguageId>,
                ::std::string::String,
            >,
            merchant_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            merchant_order_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            merchant_order_id_visible: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            meta_data: ::std::result::Result<
                ::std::option::Option<super::MetaData>,
                ::std::string::String,
            >,
            notification_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order_container_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order_setting: ::std::result::Result<
                ::std::option::Option<super::OrderSettingInfo>,
                ::std::string::String,
            >,
            paid_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parent_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payment_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            processable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            processing_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            return_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            shop_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::generated::types::OrderStatus,
                ::std::string::String,
            >,
            subtype: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_account_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vat_amount: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrderNotification {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    basket_items: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    currency_id: Err("no value supplied for currency_id".to_string()),
                    customer: Err("no value supplied for customer".to_string()),
                    description: Ok(Default::default()),
                    expiration_date: Ok(Default::default()),
                    fail_url: Ok(Default::default()),
                    file_ids: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    invoice_setting: Ok(Default::default()),
                    language_id: Ok(Default::default()),
                    merchant_id: Err("no value supplied for merchant_id".to_string()),
                    merchant_order_id: Ok(Default::default()),
                    merchant_order_id_visible: Ok(Default::default()),
                    meta_data: Ok(Default::default()),
                    notification_url: Ok(Default::default()),
                    order_container_id: Ok(Default::default()),
                    order_setting: Ok(Default::default()),
                    paid_at: Ok(Default::default()),
                    parent_id: Ok(Default::default()),
                    payment_url: Ok(Default::default()),
                    processable: Ok(Default::default()),
                    processing_status: Ok(Default::default()),
                    return_url: Ok(Default::default()),
                    shop_id: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    subtype: Ok(Default::default()),
                    success_url: Ok(Default::default()),
                    user_account_id: Ok(Default::default()),
                    vat_amount: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl OrderNotification {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::DecimalNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn basket_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BasketItemInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.basket_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for basket_items: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency_id: {e}")
                    });
                self
            }
            pub fn customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomerInfo>,
                T::Error: ::std::fmt::Display,
            {
                self.customer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer: {e}")
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
            pub fn file_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_ids: {e}")
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
            pub fn invoice_setting<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::InvoiceSettingInfo>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.invoice_setting = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invoice_setting: {e}"
                        )
                    });
                self
            }
            pub fn language_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::LanguageId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.language_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language_id: {e}")
                    });
                self
            }
            pub fn merchant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_id: {e}")
                    });
                self
            }
            pub fn merchant_order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_order_id: {e}"
                        )
                    });
                self
            }
            pub fn merchant_order_id_visible<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_order_id_visible = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_order_id_visible: {e}"
                        )
                    });
                self
            }
            pub fn meta_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MetaData>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta_data: {e}")
                    });
                self
            }
            pub fn notification_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notification_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for notification_url: {e}"
                        )
                    });
                self
            }
            pub fn order_container_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_container_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for order_container_id: {e}"
                        )
                    });
                self
            }
            pub fn order_setting<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OrderSettingInfo>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.order_setting = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_setting: {e}")
                    });
                self
            }
            pub fn paid_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.paid_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paid_at: {e}")
                    });
                self
            }
            pub fn parent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent_id: {e}")
                    });
                self
            }
            pub fn payment_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payment_url: {e}")
                    });
                self
            }
            pub fn processable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.processable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for processable: {e}")
                    });
                self
            }
            pub fn processing_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.processing_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for processing_status: {e}"
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
            pub fn shop_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.shop_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for shop_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::types::OrderStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn subtype<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.subtype = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subtype: {e}")
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
            pub fn user_account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_account_id: {e}"
                        )
                    });
                self
            }
            pub fn vat_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.vat_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_amount: {e}")
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
        impl ::std::convert::TryFrom<OrderNotification> for super::OrderNotification {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderNotification,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    basket_items: value.basket_items?,
                    created_at: value.created_at?,
                    currency_id: value.currency_id?,
                    customer: value.customer?,
                    description: value.description?,
                    expiration_date: value.expiration_date?,
                    fail_url: value.fail_url?,
                    file_ids: value.file_ids?,
                    id: value.id?,
                    invoice_setting: value.invoice_setting?,
                    language_id: value.language_id?,
                    merchant_id: value.merchant_id?,
                    merchant_order_id: value.merchant_order_id?,
                    merchant_order_id_visible: value.merchant_order_id_visible?,
                    meta_data: value.meta_data?,
                    notification_url: value.notification_url?,
                    order_container_id: value.order_container_id?,
                    order_setting: value.order_setting?,
                    paid_at: value.paid_at?,
                    parent_id: value.parent_id?,
                    payment_url: value.payment_url?,
                    processable: value.processable?,
                    processing_status: value.processing_status?,
                    return_url: value.return_url?,
                    shop_id: value.shop_id?,
                    status: value.status?,
                    subtype: value.subtype?,
                    success_url: value.success_url?,
                    user_account_id: value.user_account_id?,
                    vat_amount: value.vat_amount?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OrderNotification> for OrderNotification {
            fn from(value: super::OrderNotification) -> Self {
                Self {
                    amount: Ok(value.amount),
                    basket_items: Ok(value.basket_items),
                    created_at: Ok(value.created_at),
                    currency_id: Ok(value.currency_id),
                    customer: Ok(value.customer),
                    description: Ok(value.description),
                    expiration_date: Ok(value.expiration_date),
                    fail_url: Ok(value.fail_url),
                    file_ids: Ok(value.file_ids),
                    id: Ok(value.id),
                    invoice_setting: Ok(value.invoice_setting),
                    language_id: Ok(value.language_id),
                    merchant_id: Ok(value.merchant_id),
                    merchant_order_id: Ok(value.merchant_order_id),
                    merchant_order_id_visible: Ok(value.merchant_order_id_visible),
                    meta_data: Ok(value.meta_data),
                    notification_url: Ok(value.notification_url),
                    order_container_id: Ok(value.order_container_id),
                    order_setting: Ok(value.order_setting),
                    paid_at: Ok(value.paid_at),
                    parent_id: Ok(value.parent_id),
                    payment_url: Ok(value.payment_url),
                    processable: Ok(value.processable),
                    processing_status: Ok(value.processing_status),
                    return_url: Ok(value.return_url),
                    shop_id: Ok(value.shop_id),
                    status: Ok(value.status),
                    subtype: Ok(value.subtype),
                    success_url: Ok(value.success_url),
                    user_account_id: Ok(value.user_account_id),
                    vat_amount: Ok(value.vat_amount),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrderSetting {
            disable_validate: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            round_policy: ::std::result::Result<
                ::std::option::Option<crate::generated::types::RoundPolicy>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrderSetting {
            fn default() -> Self {
                Self {
                    disable_validate: Ok(Default::default()),
                    round_policy: Ok(Default::default()),
                }
            }
        }
        impl OrderSetting {
            pub fn disable_validate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.disable_validate = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disable_validate: {e}"
                        )
                    });
                self
            }
            pub fn round_policy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::RoundPolicy>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.round_policy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for round_policy: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrderSetting> for super::OrderSetting {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderSetting,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    disable_validate: value.disable_validate?,
                    round_policy: value.round_policy?,
                })
            }
        }
        impl ::std::convert::From<super::OrderSetting> for OrderSetting {
            fn from(value: super::OrderSetting) -> Self {
                Self {
                    disable_validate: Ok(value.disable_validate),
                    round_policy: Ok(value.round_policy),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrderSettingInfo {
            disable_validate: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            round_policy: ::std::result::Result<
                ::std::option::Option<crate::generated::types::RoundPolicy>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrderSettingInfo {
            fn default() -> Self {
                Self {
                    disable_validate: Ok(Default::default()),
                    round_policy: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl OrderSettingInfo {
            pub fn disable_validate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.disable_validate = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disable_validate: {e}"
                        )
                    });
                self
            }
            pub fn round_policy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::RoundPolicy>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.round_policy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for round_policy: {e}")
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
        impl ::std::convert::TryFrom<OrderSettingInfo> for super::OrderSettingInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrderSettingInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    disable_validate: value.disable_validate?,
                    round_policy: value.round_policy?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OrderSettingInfo> for OrderSettingInfo {
            fn from(value: super::OrderSettingInfo) -> Self {
                Self {
                    disable_validate: Ok(value.disable_validate),
                    round_policy: Ok(value.round_policy),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PageMeta {
            page: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PageMeta {
            fn default() -> Self {
                Self {
                    page: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    total_count: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PageMeta {
            pub fn page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
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
        impl ::std::convert::TryFrom<PageMeta> for super::PageMeta {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PageMeta,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    page: value.page?,
                    page_size: value.page_size?,
                    total_count: value.total_count?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PageMeta> for PageMeta {
            fn from(value: super::PageMeta) -> Self {
                Self {
                    page: Ok(value.page),
                    page_size: Ok(value.page_size),
                    total_count: Ok(value.total_count),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PayRequest {
            customer: ::std::result::Result<super::Customer, ::std::string::String>,
            customer_payment_data: ::std::result::Result<
                super::CustomerPaymentData,
                ::std::string::String,
            >,
            language_id: ::std::result::Result<
                ::std::option::Option<crate::generated::types::LanguageId>,
                ::std::string::String,
            >,
            payment_method_id: ::std::result::Result<
                ::payspec::Text,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PayRequest {
            fn default() -> Self {
                Self {
                    customer: Err("no value supplied for customer".to_string()),
                    customer_payment_data: Err(
                        "no value supplied for customer_payment_data".to_string(),
                    ),
                    language_id: Ok(Default::default()),
                    payment_method_id: Err(
                        "no value supplied for payment_method_id".to_string(),
                    ),
                }
            }
        }
        impl PayRequest {
            pub fn customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Customer>,
                T::Error: ::std::fmt::Display,
            {
                self.customer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer: {e}")
                    });
                self
            }
            pub fn customer_payment_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomerPaymentData>,
                T::Error: ::std::fmt::Display,
            {
                self.customer_payment_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for customer_payment_data: {e}"
                        )
                    });
                self
            }
            pub fn language_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::LanguageId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.language_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language_id: {e}")
                    });
                self
            }
            pub fn payment_method_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::Text>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PayRequest> for super::PayRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PayRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    customer: value.customer?,
                    customer_payment_data: value.customer_payment_data?,
                    language_id: value.language_id?,
                    payment_method_id: value.payment_method_id?,
                })
            }
        }
        impl ::std::convert::From<super::PayRequest> for PayRequest {
            fn from(value: super::PayRequest) -> Self {
                Self {
                    customer: Ok(value.customer),
                    customer_payment_data: Ok(value.customer_payment_data),
                    language_id: Ok(value.language_id),
                    payment_method_id: Ok(value.payment_method_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentMethodAnswer {
            result: ::std::result::Result<::std::string::String, ::std::string::String>,
            result_data: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            result_note: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentMethodAnswer {
            fn default() -> Self {
                Self {
                    result: Err("no value supplied for result".to_string()),
                    result_data: Ok(Default::default()),
                    result_note: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PaymentMethodAnswer {
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
            pub fn result_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_data: {e}")
                    });
                self
            }
            pub fn result_note<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_note = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_note: {e}")
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
        impl ::std::convert::TryFrom<PaymentMethodAnswer>
        for super::PaymentMethodAnswer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentMethodAnswer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    result: value.result?,
                    result_data: value.result_data?,
                    result_note: value.result_note?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentMethodAnswer> for PaymentMethodAnswer {
            fn from(value: super::PaymentMethodAnswer) -> Self {
                Self {
                    result: Ok(value.result),
                    result_data: Ok(value.result_data),
                    result_note: Ok(value.result_note),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaymentMethodAnswerEnvelope {
            data: ::std::result::Result<
                super::PaymentMethodAnswer,
                ::std::string::String,
            >,
            extended_data: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaymentMethodAnswerEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    extended_data: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PaymentMethodAnswerEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PaymentMethodAnswer>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extended_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.extended_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extended_data: {e}")
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
        impl ::std::convert::TryFrom<PaymentMethodAnswerEnvelope>
        for super::PaymentMethodAnswerEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaymentMethodAnswerEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    extended_data: value.extended_data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PaymentMethodAnswerEnvelope>
        for PaymentMethodAnswerEnvelope {
            fn from(value: super::PaymentMethodAnswerEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    extended_data: Ok(value.extended_data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Refund {
            amount: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
            basket_items: ::std::result::Result<
                ::std::vec::Vec<super::BasketItemInfo>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            currency_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            merchant_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            merchant_order_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            parent_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                crate::generated::types::RefundStatus,
                ::std::string::String,
            >,
            vat_amount: ::std::result::Result<
                ::payspec::DecimalNumber,
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
                    amount: Err("no value supplied for amount".to_string()),
                    basket_items: Err("no value supplied for basket_items".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    currency_id: Err("no value supplied for currency_id".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    merchant_id: Err("no value supplied for merchant_id".to_string()),
                    merchant_order_id: Err(
                        "no value supplied for merchant_order_id".to_string(),
                    ),
                    parent_id: Err("no value supplied for parent_id".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    vat_amount: Err("no value supplied for vat_amount".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Refund {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::DecimalNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn basket_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BasketItemInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.basket_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for basket_items: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.currency_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency_id: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
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
            pub fn merchant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_id: {e}")
                    });
                self
            }
            pub fn merchant_order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for merchant_order_id: {e}"
                        )
                    });
                self
            }
            pub fn parent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::types::RefundStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn vat_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::DecimalNumber>,
                T::Error: ::std::fmt::Display,
            {
                self.vat_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_amount: {e}")
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
                    basket_items: value.basket_items?,
                    created_at: value.created_at?,
                    currency_id: value.currency_id?,
                    description: value.description?,
                    id: value.id?,
                    merchant_id: value.merchant_id?,
                    merchant_order_id: value.merchant_order_id?,
                    parent_id: value.parent_id?,
                    status: value.status?,
                    vat_amount: value.vat_amount?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Refund> for Refund {
            fn from(value: super::Refund) -> Self {
                Self {
                    amount: Ok(value.amount),
                    basket_items: Ok(value.basket_items),
                    created_at: Ok(value.created_at),
                    currency_id: Ok(value.currency_id),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    merchant_id: Ok(value.merchant_id),
                    merchant_order_id: Ok(value.merchant_order_id),
                    parent_id: Ok(value.parent_id),
                    status: Ok(value.status),
                    vat_amount: Ok(value.vat_amount),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RefundEnvelope {
            data: ::std::result::Result<super::Refund, ::std::string::String>,
            extended_data: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RefundEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    extended_data: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl RefundEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Refund>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extended_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.extended_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extended_data: {e}")
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
        impl ::std::convert::TryFrom<RefundEnvelope> for super::RefundEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RefundEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    extended_data: value.extended_data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::RefundEnvelope> for RefundEnvelope {
            fn from(value: super::RefundEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    extended_data: Ok(value.extended_data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RefundListEnvelope {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Refund>,
                ::std::string::String,
            >,
            extended_data: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            meta_data: ::std::result::Result<
                ::std::option::Option<super::PageMeta>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RefundListEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    extended_data: Ok(Default::default()),
                    meta_data: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl RefundListEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Refund>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extended_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.extended_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extended_data: {e}")
                    });
                self
            }
            pub fn meta_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PageMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta_data: {e}")
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
        impl ::std::convert::TryFrom<RefundListEnvelope> for super::RefundListEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RefundListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    extended_data: value.extended_data?,
                    meta_data: value.meta_data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::RefundListEnvelope> for RefundListEnvelope {
            fn from(value: super::RefundListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    extended_data: Ok(value.extended_data),
                    meta_data: Ok(value.meta_data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Seller {
            country_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tax_registration_reason_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            vat_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Seller {
            fn default() -> Self {
                Self {
                    country_id: Ok(Default::default()),
                    tax_registration_reason_code: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                    vat_number: Err("no value supplied for vat_number".to_string()),
                }
            }
        }
        impl Seller {
            pub fn country_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country_id: {e}")
                    });
                self
            }
            pub fn tax_registration_reason_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tax_registration_reason_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for tax_registration_reason_code: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn vat_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.vat_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_number: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Seller> for super::Seller {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Seller,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    country_id: value.country_id?,
                    tax_registration_reason_code: value.tax_registration_reason_code?,
                    type_: value.type_?,
                    vat_number: value.vat_number?,
                })
            }
        }
        impl ::std::convert::From<super::Seller> for Seller {
            fn from(value: super::Seller) -> Self {
                Self {
                    country_id: Ok(value.country_id),
                    tax_registration_reason_code: Ok(value.tax_registration_reason_code),
                    type_: Ok(value.type_),
                    vat_number: Ok(value.vat_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Shipment {
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            basket_items: ::std::result::Result<
                ::std::vec::Vec<super::BasketItemInfo>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            document_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            document_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            final_: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::payspec::Text, ::std::string::String>,
            merchant_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            order_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::generated::types::ShipmentStatus>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vat_amount: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Shipment {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    basket_items: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    document_date: Ok(Default::default()),
                    document_number: Ok(Default::default()),
                    final_: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    merchant_id: Err("no value supplied for merchant_id".to_string()),
                    order_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    vat_amount: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Shipment {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn basket_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BasketItemInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.basket_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for basket_items: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn document_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.document_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for document_date: {e}")
                    });
                self
            }
            pub fn document_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.document_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for document_number: {e}"
                        )
                    });
                self
            }
            pub fn final_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.final_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for final_: {e}")
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
            pub fn merchant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_id: {e}")
                    });
                self
            }
            pub fn order_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::ShipmentStatus>,
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
            pub fn vat_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.vat_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_amount: {e}")
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
        impl ::std::convert::TryFrom<Shipment> for super::Shipment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Shipment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    basket_items: value.basket_items?,
                    created_at: value.created_at?,
                    document_date: value.document_date?,
                    document_number: value.document_number?,
                    final_: value.final_?,
                    id: value.id?,
                    merchant_id: value.merchant_id?,
                    order_id: value.order_id?,
                    status: value.status?,
                    type_: value.type_?,
                    vat_amount: value.vat_amount?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Shipment> for Shipment {
            fn from(value: super::Shipment) -> Self {
                Self {
                    amount: Ok(value.amount),
                    basket_items: Ok(value.basket_items),
                    created_at: Ok(value.created_at),
                    document_date: Ok(value.document_date),
                    document_number: Ok(value.document_number),
                    final_: Ok(value.final_),
                    id: Ok(value.id),
                    merchant_id: Ok(value.merchant_id),
                    order_id: Ok(value.order_id),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                    vat_amount: Ok(value.vat_amount),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShipmentEnvelope {
            data: ::std::result::Result<super::Shipment, ::std::string::String>,
            extended_data: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShipmentEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    extended_data: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ShipmentEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Shipment>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extended_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.extended_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extended_data: {e}")
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
        impl ::std::convert::TryFrom<ShipmentEnvelope> for super::ShipmentEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShipmentEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    extended_data: value.extended_data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ShipmentEnvelope> for ShipmentEnvelope {
            fn from(value: super::ShipmentEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    extended_data: Ok(value.extended_data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ShipmentListEnvelope {
            data: ::std::result::Result<
                ::std::vec::Vec<super::Shipment>,
                ::std::string::String,
            >,
            extended_data: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            meta_data: ::std::result::Result<
                ::std::option::Option<super::PageMeta>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ShipmentListEnvelope {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    extended_data: Ok(Default::default()),
                    meta_data: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ShipmentListEnvelope {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Shipment>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn extended_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.extended_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extended_data: {e}")
                    });
                self
            }
            pub fn meta_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PageMeta>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta_data: {e}")
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
        impl ::std::convert::TryFrom<ShipmentListEnvelope>
        for super::ShipmentListEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ShipmentListEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    extended_data: value.extended_data?,
                    meta_data: value.meta_data?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ShipmentListEnvelope> for ShipmentListEnvelope {
            fn from(value: super::ShipmentListEnvelope) -> Self {
                Self {
                    data: Ok(value.data),
                    extended_data: Ok(value.extended_data),
                    meta_data: Ok(value.meta_data),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateOrderMerchantRequest {
            merchant_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            order_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateOrderMerchantRequest {
            fn default() -> Self {
                Self {
                    merchant_id: Err("no value supplied for merchant_id".to_string()),
                    order_id: Err("no value supplied for order_id".to_string()),
                }
            }
        }
        impl UpdateOrderMerchantRequest {
            pub fn merchant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.merchant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for merchant_id: {e}")
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
        }
        impl ::std::convert::TryFrom<UpdateOrderMerchantRequest>
        for super::UpdateOrderMerchantRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateOrderMerchantRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    merchant_id: value.merchant_id?,
                    order_id: value.order_id?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateOrderMerchantRequest>
        for UpdateOrderMerchantRequest {
            fn from(value: super::UpdateOrderMerchantRequest) -> Self {
                Self {
                    merchant_id: Ok(value.merchant_id),
                    order_id: Ok(value.order_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateOrderRequest {
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            basket_items: ::std::result::Result<
                ::std::vec::Vec<super::BasketItem>,
                ::std::string::String,
            >,
            customer: ::std::result::Result<
                ::std::option::Option<super::Customer>,
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
            meta_data: ::std::result::Result<
                ::std::option::Option<super::MetaData>,
                ::std::string::String,
            >,
            shop_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            vat_amount: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateOrderRequest {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    basket_items: Ok(Default::default()),
                    customer: Ok(Default::default()),
                    description: Ok(Default::default()),
                    expiration_date: Ok(Default::default()),
                    meta_data: Ok(Default::default()),
                    shop_id: Ok(Default::default()),
                    vat_amount: Ok(Default::default()),
                }
            }
        }
        impl UpdateOrderRequest {
            pub fn amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount: {e}")
                    });
                self
            }
            pub fn basket_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BasketItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.basket_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for basket_items: {e}")
                    });
                self
            }
            pub fn customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Customer>>,
                T::Error: ::std::fmt::Display,
            {
                self.customer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer: {e}")
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
            pub fn meta_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MetaData>>,
                T::Error: ::std::fmt::Display,
            {
                self.meta_data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for meta_data: {e}")
                    });
                self
            }
            pub fn shop_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.shop_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for shop_id: {e}")
                    });
                self
            }
            pub fn vat_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.vat_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_amount: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateOrderRequest> for super::UpdateOrderRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateOrderRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    basket_items: value.basket_items?,
                    customer: value.customer?,
                    description: value.description?,
                    expiration_date: value.expiration_date?,
                    meta_data: value.meta_data?,
                    shop_id: value.shop_id?,
                    vat_amount: value.vat_amount?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateOrderRequest> for UpdateOrderRequest {
            fn from(value: super::UpdateOrderRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    basket_items: Ok(value.basket_items),
                    customer: Ok(value.customer),
                    description: Ok(value.description),
                    expiration_date: Ok(value.expiration_date),
                    meta_data: Ok(value.meta_data),
                    shop_id: Ok(value.shop_id),
                    vat_amount: Ok(value.vat_amount),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateOrderStatusRequest {
            status: ::std::result::Result<
                crate::generated::types::OrderStatus,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateOrderStatusRequest {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl UpdateOrderStatusRequest {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::types::OrderStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateOrderStatusRequest>
        for super::UpdateOrderStatusRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateOrderStatusRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::UpdateOrderStatusRequest>
        for UpdateOrderStatusRequest {
            fn from(value: super::UpdateOrderStatusRequest) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ValidateRequest {
            customer: ::std::result::Result<super::Customer, ::std::string::String>,
            language_id: ::std::result::Result<
                ::std::option::Option<crate::generated::types::LanguageId>,
                ::std::string::String,
            >,
            payment_method_id: ::std::result::Result<
                ::payspec::Text,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ValidateRequest {
            fn default() -> Self {
                Self {
                    customer: Err("no value supplied for customer".to_string()),
                    language_id: Ok(Default::default()),
                    payment_method_id: Err(
                        "no value supplied for payment_method_id".to_string(),
                    ),
                }
            }
        }
        impl ValidateRequest {
            pub fn customer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Customer>,
                T::Error: ::std::fmt::Display,
            {
                self.customer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customer: {e}")
                    });
                self
            }
            pub fn language_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::LanguageId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.language_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for language_id: {e}")
                    });
                self
            }
            pub fn payment_method_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::Text>,
                T::Error: ::std::fmt::Display,
            {
                self.payment_method_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payment_method_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ValidateRequest> for super::ValidateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ValidateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    customer: value.customer?,
                    language_id: value.language_id?,
                    payment_method_id: value.payment_method_id?,
                })
            }
        }
        impl ::std::convert::From<super::ValidateRequest> for ValidateRequest {
            fn from(value: super::ValidateRequest) -> Self {
                Self {
                    customer: Ok(value.customer),
                    language_id: Ok(value.language_id),
                    payment_method_id: Ok(value.payment_method_id),
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
    /** Kind of a basket line (признак предмета расчёта): `service` (услуга) or `commodity` (товар). The docs type the field "string(10) or int": instead of the two words it may be a numeric code of FFD tag 1212, e.g. 1 goods, 2 excise goods, 3 work, 4 service, 9 intellectual property, 10 advance / prepayment, 11 agent fee, 13 other, 14 property rights, 17 trade fee, 18 resort fee, 19 pledge, 30-33 marked goods (30 excise without code, 31 excise with code, 32 without code, 33 with code); the full list runs 1-27 and 30-33. Such codes are kept as unknown values: an integer `4` from the server decodes as the text `4`, and a code the caller sets is written as the string `"4"` (the docs also accept a string here).

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum BasketItemType {
        /// `service`
        Service,
        /// `commodity`
        Commodity,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl BasketItemType {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Service => "service",
                Self::Commodity => "commodity",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for BasketItemType {
        fn from(value: &str) -> Self {
            match value {
                "service" => Self::Service,
                "commodity" => Self::Commodity,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for BasketItemType {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for BasketItemType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for BasketItemType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for BasketItemType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for BasketItemType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BasketItemType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
    /** Buyer type: `legal` (an organisation or a sole proprietor, ИП) or `private` (an individual). Open: unknown values are kept.

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum CustomerType {
        /// `legal`
        Legal,
        /// `private`
        Private,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl CustomerType {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Legal => "legal",
                Self::Private => "private",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for CustomerType {
        fn from(value: &str) -> Self {
            match value {
                "legal" => Self::Legal,
                "private" => Self::Private,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for CustomerType {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for CustomerType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for CustomerType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for CustomerType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for CustomerType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CustomerType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
    /** Language of the payment page and messages: `ru` or `en` (lower case; a 2021 draft used `RU` / `EN`). Open: unknown values are kept.

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum LanguageId {
        /// `ru`
        Ru,
        /// `en`
        En,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl LanguageId {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Ru => "ru",
                Self::En => "en",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for LanguageId {
        fn from(value: &str) -> Self {
            match value {
                "ru" => Self::Ru,
                "en" => Self::En,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for LanguageId {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for LanguageId {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for LanguageId {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for LanguageId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for LanguageId {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for LanguageId {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
    /** Order status. Documented (https://docs.invoicebox.ru/docs/merchant/order/order/): `created` (not paid yet), `completed` (paid), `expired` (the `expirationDate` passed unpaid), `canceled` (cancelled by the store before payment). `cancelled` (double l) is the spelling of the status-change page (`order_status_update`), probably a typo. `hold` (funds held, pre-authorised) and `draft` come from the official MCP server's status filter. `success` appears in the official SDK's notification example, against the docs (paid is `completed`; the Bitrix module checks `completed`). `processing` (payment being processed) and `processing-error` (processing failed) are statuses the official 1C-Bitrix module has messages for, not in the docs (https://github.com/InvoiceBox/1c-bitrix/blob/18a43bacb1c7c443867c9b36e49772b14052f163/invoicebox.payment/install/sale_payment/invoicebox/lang/en/handler.php). Open: unknown values are kept.

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum OrderStatus {
        /// `created`
        Created,
        /// `expired`
        Expired,
        /// `completed`
        Completed,
        /// `canceled`
        Canceled,
        /// `cancelled`
        Cancelled,
        /// `hold`
        Hold,
        /// `draft`
        Draft,
        /// `success`
        Success,
        /// `processing`
        Processing,
        /// `processing-error`
        ProcessingError,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl OrderStatus {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Created => "created",
                Self::Expired => "expired",
                Self::Completed => "completed",
                Self::Canceled => "canceled",
                Self::Cancelled => "cancelled",
                Self::Hold => "hold",
                Self::Draft => "draft",
                Self::Success => "success",
                Self::Processing => "processing",
                Self::ProcessingError => "processing-error",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for OrderStatus {
        fn from(value: &str) -> Self {
            match value {
                "created" => Self::Created,
                "expired" => Self::Expired,
                "completed" => Self::Completed,
                "canceled" => Self::Canceled,
                "cancelled" => Self::Cancelled,
                "hold" => Self::Hold,
                "draft" => Self::Draft,
                "success" => Self::Success,
                "processing" => Self::Processing,
                "processing-error" => Self::ProcessingError,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for OrderStatus {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for OrderStatus {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for OrderStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for OrderStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for OrderStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OrderStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
    /** Payment method of a basket line (признак способа расчёта, FFD tag 1214): `full_prepayment` (100 % prepayment), `prepayment` (partial prepayment), `advance`, `full_payment` (full settlement). Open: unknown values are kept.

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum PaymentType {
        /// `full_prepayment`
        FullPrepayment,
        /// `prepayment`
        Prepayment,
        /// `advance`
        Advance,
        /// `full_payment`
        FullPayment,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl PaymentType {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::FullPrepayment => "full_prepayment",
                Self::Prepayment => "prepayment",
                Self::Advance => "advance",
                Self::FullPayment => "full_payment",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for PaymentType {
        fn from(value: &str) -> Self {
            match value {
                "full_prepayment" => Self::FullPrepayment,
                "prepayment" => Self::Prepayment,
                "advance" => Self::Advance,
                "full_payment" => Self::FullPayment,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for PaymentType {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for PaymentType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for PaymentType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PaymentType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PaymentType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
    /** Refund status: `draft` (a draft, still editable; used by the correction flow), `created`, `completed`, `canceled`. Open: unknown values are kept.

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum RefundStatus {
        /// `draft`
        Draft,
        /// `created`
        Created,
        /// `completed`
        Completed,
        /// `canceled`
        Canceled,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl RefundStatus {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Draft => "draft",
                Self::Created => "created",
                Self::Completed => "completed",
                Self::Canceled => "canceled",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for RefundStatus {
        fn from(value: &str) -> Self {
            match value {
                "draft" => Self::Draft,
                "created" => Self::Created,
                "completed" => Self::Completed,
                "canceled" => Self::Canceled,
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
    /** How Invoicebox checks `totalAmount = amount × quantity` of each line: `strict` (no rounding, exact match), `none` (no rounding; allowed when quantity × amount ≤ totalAmount), `floor`, `ceil`, `halfUp` (0.50 rounds up), `halfDown` (0.50 rounds down). The docs name both `strict` and `none` as the default. Open: unknown values are kept.

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum RoundPolicy {
        /// `strict`
        Strict,
        /// `none`
        None,
        /// `floor`
        Floor,
        /// `ceil`
        Ceil,
        /// `halfUp`
        HalfUp,
        /// `halfDown`
        HalfDown,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl RoundPolicy {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Strict => "strict",
                Self::None => "none",
                Self::Floor => "floor",
                Self::Ceil => "ceil",
                Self::HalfUp => "halfUp",
                Self::HalfDown => "halfDown",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for RoundPolicy {
        fn from(value: &str) -> Self {
            match value {
                "strict" => Self::Strict,
                "none" => Self::None,
                "floor" => Self::Floor,
                "ceil" => Self::Ceil,
                "halfUp" => Self::HalfUp,
                "halfDown" => Self::HalfDown,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for RoundPolicy {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for RoundPolicy {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for RoundPolicy {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for RoundPolicy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for RoundPolicy {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for RoundPolicy {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
    /** Shipment status, known only from the official MCP server: `draft`, `pending` (being processed), `completed` (documents generated), `canceled`. Open: unknown values are kept.

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum ShipmentStatus {
        /// `draft`
        Draft,
        /// `pending`
        Pending,
        /// `completed`
        Completed,
        /// `canceled`
        Canceled,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl ShipmentStatus {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Draft => "draft",
                Self::Pending => "pending",
                Self::Completed => "completed",
                Self::Canceled => "canceled",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ShipmentStatus {
        fn from(value: &str) -> Self {
            match value {
                "draft" => Self::Draft,
                "pending" => Self::Pending,
                "completed" => Self::Completed,
                "canceled" => Self::Canceled,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ShipmentStatus {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for ShipmentStatus {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ShipmentStatus {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ShipmentStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ShipmentStatus {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ShipmentStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
    /** VAT rate of a basket line. Documented (docs 2024-10, SDK): `VATNONE` (not subject to VAT), `RUS_VAT0` (0 %), `RUS_VAT10` (10 %, i.e. 10/110 included), `RUS_VAT20` (20 %, 20/120 included). The official MCP server adds, citing a newer docs page (FFD tag 1199; "since 2026 the main rate is 22 %"): `RUS_VAT22` (22/122 included), `RUS_VAT7` (7/107), `RUS_VAT5` (5/105), and the `_ADDED` variants `RUS_VAT22_ADDED`, `RUS_VAT20_ADDED`, `RUS_VAT10_ADDED`, `RUS_VAT7_ADDED`, `RUS_VAT5_ADDED` (the rate added on top of the price). The 2023 Bitrix module also emits `NONE`, `RUS_VAT110`, `RUS_VAT120`, which no other source knows; they are not listed and would decode as unknown values. Open: unknown values are kept.

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum VatCode {
        /// `VATNONE`
        VATNONE,
        /// `RUS_VAT0`
        RUSVAT0,
        /// `RUS_VAT5`
        RUSVAT5,
        /// `RUS_VAT5_ADDED`
        RUSVAT5ADDED,
        /// `RUS_VAT7`
        RUSVAT7,
        /// `RUS_VAT7_ADDED`
        RUSVAT7ADDED,
        /// `RUS_VAT10`
        RUSVAT10,
        /// `RUS_VAT10_ADDED`
        RUSVAT10ADDED,
        /// `RUS_VAT20`
        RUSVAT20,
        /// `RUS_VAT20_ADDED`
        RUSVAT20ADDED,
        /// `RUS_VAT22`
        RUSVAT22,
        /// `RUS_VAT22_ADDED`
        RUSVAT22ADDED,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl VatCode {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::VATNONE => "VATNONE",
                Self::RUSVAT0 => "RUS_VAT0",
                Self::RUSVAT5 => "RUS_VAT5",
                Self::RUSVAT5ADDED => "RUS_VAT5_ADDED",
                Self::RUSVAT7 => "RUS_VAT7",
                Self::RUSVAT7ADDED => "RUS_VAT7_ADDED",
                Self::RUSVAT10 => "RUS_VAT10",
                Self::RUSVAT10ADDED => "RUS_VAT10_ADDED",
                Self::RUSVAT20 => "RUS_VAT20",
                Self::RUSVAT20ADDED => "RUS_VAT20_ADDED",
                Self::RUSVAT22 => "RUS_VAT22",
                Self::RUSVAT22ADDED => "RUS_VAT22_ADDED",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for VatCode {
        fn from(value: &str) -> Self {
            match value {
                "VATNONE" => Self::VATNONE,
                "RUS_VAT0" => Self::RUSVAT0,
                "RUS_VAT5" => Self::RUSVAT5,
                "RUS_VAT5_ADDED" => Self::RUSVAT5ADDED,
                "RUS_VAT7" => Self::RUSVAT7,
                "RUS_VAT7_ADDED" => Self::RUSVAT7ADDED,
                "RUS_VAT10" => Self::RUSVAT10,
                "RUS_VAT10_ADDED" => Self::RUSVAT10ADDED,
                "RUS_VAT20" => Self::RUSVAT20,
                "RUS_VAT20_ADDED" => Self::RUSVAT20ADDED,
                "RUS_VAT22" => Self::RUSVAT22,
                "RUS_VAT22_ADDED" => Self::RUSVAT22ADDED,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for VatCode {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for VatCode {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for VatCode {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for VatCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for VatCode {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VatCode {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
    /// The items of a `OrderListEnvelope` page: its `data`.
    impl ::payspec::paginate::Items for OrderListEnvelope {
        type Item = <::std::vec::Vec<Order> as ::payspec::paginate::Items>::Item;
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            ::payspec::paginate::Items::into_items(self.data)
        }
    }
    /// The items of a `RefundListEnvelope` page: its `data`.
    impl ::payspec::paginate::Items for RefundListEnvelope {
        type Item = <::std::vec::Vec<Refund> as ::payspec::paginate::Items>::Item;
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            ::payspec::paginate::Items::into_items(self.data)
        }
    }
    /// The items of a `ShipmentListEnvelope` page: its `data`.
    impl ::payspec::paginate::Items for ShipmentListEnvelope {
        type Item = <::std::vec::Vec<Shipment> as ::payspec::paginate::Items>::Item;
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            ::payspec::paginate::Items::into_items(self.data)
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Invoicebox API v3 (merchant)

The merchant part of the Invoicebox (Инвойсбокс) API version 3: create orders (заказы) and
the payment link for them, read, change, cancel and move orders, report shipments
(отгрузки), make refunds (возвраты) and correction orders, confirm a payment inside the
store's own UI with "guarantee" payment instruments, and look up a company by its ИНН. The
payment notification (webhook) Invoicebox sends to the store is documented as components.

**Base URL and version prefix.** The host is `https://api.invoicebox.ru`. The API version is
a path prefix that depends on where the store was registered: `/v3` for stores from the
Invoicebox app or `app.invoicebox.ru` (the current version, default), `/l3` for stores from
the Инвойсбокс.Бизнес cabinet (`business.invoicebox.ru`; the resource paths after the
prefix are identical). **Unlike our other specs, the paths below do not carry the version
prefix**: it is part of the base URL the user picks (`servers`), so one generated client
serves both. `https://api.invoicebox.ru` also serves stores in test mode; a separate staging
host (`https://api.stage.invbox.ru/v3`) existed only for stores for which support set up a
dedicated test environment (older docs, older SDKs).

**Authentication.** Every request carries `Authorization: Bearer <token>`
(`securitySchemes.bearer`). The token is issued with the store (e-mail "Об активации в
системе «Инвойсбокс»") and can be regenerated in the cabinet settings ("Интеграция (API)").
v3 tokens look like 32 hex digits (`b37c4c689295904ed21eee5d9a48d42e`), l3 tokens like
`29078-API:<hex>`; the client treats the token as an opaque secret. The public demo store
uses token `b37c4c689295904ed21eee5d9a48d42e` and store id
`ffffffff-ffff-ffff-ffff-ffffffffffff`. Without a token some calls answer as anonymous
(`auth_check` gives `userId: null`).

**Store id.** The store id (идентификатор магазина, `merchantId`, a UUID) is no header: it
goes in the JSON body of order creation. The client is configured with it and writes it
into the bodies of the operations marked `x-client-fills: [merchantId]` when the caller
leaves the field unset (root `x-auth`); that is why `merchantId` is not `required` there.
List calls accept it as an optional filter.

**Headers.** The docs require `Content-Type: application/json`, `Accept: application/json`
and a `User-Agent` naming the application (`AppName/version (module version)`, e.g.
`Bitrix/21.0 (Invoicebox 3.0)`); the client sets the `User-Agent`. Names of headers,
parameters and properties are case-sensitive. Every answer carries `X-Request-Id`; quote it
to support.

**Envelope.** Success is HTTP 200 with the payload in `data` (an object, or an array for
lists) and an `extendedData` member that is usually `[]`. Lists add
`metaData: {totalCount, pageSize, page}` (`PageMeta`). Each operation's answer is a named
`*Envelope` component.

**Errors.** Failures come with an HTTP status of 400 or more and the body
`{"error": {"message", "code", "fields": [{"name", "code", "message"}]}}`
(`ErrorEnvelope`, declared as the `4XX` and `5XX` responses of every operation and named by
the root `x-error-envelope`). Documented codes: `unauthorized` (401), `forbidden` (403), and
at 422 `wrong_expiration_date`, `wrong_currency`, `language_not_found`,
`wrong_basket_item_total_amount`, `wrong_basket_item_total_vat_amount`,
`wrong_basket_item_amount_wo_vat`, `wrong_total_amount`, `wrong_total_vat_amount`,
`wrong_order_status`, `merchant_order_id_duplicate`; 429 means the rate limit was exceeded,
500 an unhandled server error. One official client (the MCP server) parses a flat
`{"code", "message"}` body instead; `ErrorEnvelope` accepts that form too.

**Rate limits.** By default 100 requests per 30 s per account and 500 requests per 30 s per
IP address; above that the answer is HTTP 429. No rate-limit headers are documented.

**Lists and filters.** The `filter/api` list calls take plain equality filters
(`status=created`), any-of filters with PHP-style repeated keys (`status[]=created&status[]=completed`),
operators `field[_eq|_ne|_gt|_ge|_lt|_le|_start]=value` (`_start` = string prefix; `_gt` to
`_le` for numbers and dates), sorting `_order[field]=asc|desc` (repeatable) and paging
`page` / `pageSize` (default 30). The documented plain filters are declared as parameters;
everything else goes through the one `filter` parameter (`QueryFilter`, a map of raw query
keys to values). A newer official client sends `_page` / `_pageSize` instead of the
documented `page` / `pageSize`; we declare the documented names (callers can send the other
spelling through `filter`) and `PageMeta` decodes either naming.

**Types.** Money, quantities and weights are JSON numbers in major units (roubles,
`19658.45`), modelled as `DecimalNumber` in requests and answers: exact digits, never a
float; strings are accepted when decoding. Datetimes are ATOM / RFC 3339 strings with an
offset (`2020-12-22T00:00:00+00:00`), dates `YYYY-MM-DD`; both stay plain strings. Ids are
UUID strings, except the shipment id (an integer) and `shopId` (a UUID per the docs, the
integer `333` in an SDK mock): such ids use `Text`. Statuses, VAT codes, item and payment
types are open enums: values this client does not know are kept. Every field of an answer
is optional, so a sparse answer still decodes, and every object Invoicebox sends
keeps the members this spec does not name (`additionalProperties`, the `extra` map in Rust).

**Payment notification.** When an order is paid (and, per the examples, when it is
cancelled), Invoicebox POSTs the order as JSON (`OrderNotification`) to the order's
`notificationUrl` or the URL of the store settings, signed in the `X-Signature` header with
lowercase hex HMAC-SHA1 (by default; the method and algorithm are store settings) of the raw
body bytes and the store's notification key (not the API token). The store must answer HTTP 200 with `NotificationReply` within 20 s. OpenAPI 3.0 has
no webhooks, so both are components only. The WebSocket alternative
(`wss://ws-gate.invoicebox.ru/v3/gate/rpc`, JSON-RPC) is not covered.

**Coverage and gaps.** Every merchant operation of the docs (snapshot 2024-10-10) plus the
single-order read `order_get`, which only the official MCP server uses (inferred to exist).
The MCP server reads shipments from `GET /billing/api/order/shipment`; we declare the
documented `/filter/api/order/shipment`. Not covered: the payment-instrument, Бизнес,
partner and marketplace endpoints (not merchant calls), the OAuth token exchange of the
hosted MCP mode, and the legacy pre-v3 protocol. No idempotency header exists; a repeated
`merchantOrderId` is refused with `merchant_order_id_duplicate` (for refunds this is the
documented guard against double refunds).


Version: 3*/
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
        "3"
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
    /**Check the token

Tells whether the bearer token is valid. A valid token gives the id of the user it belongs to (`userId`); `profile` and `accessToken` are `null` in every example. A wrong token gives HTTP 401 with code `unauthorized` (an SDK mock shows `forbidden`); no token at all gives 200 with `userId: null` (anonymous). The answer carries no store id. Takes no parameters.

Sends a `GET` request to `/security/api/auth/auth`

```ignore
let response = client.auth_check()
    .send()
    .await;
```*/
    pub fn auth_check(&self) -> builder::AuthCheck<'_> {
        builder::AuthCheck::new(self)
    }
    /**Create an order

Creates an order (заказ) for the buyer and returns it with status `created` and the
payment page link `paymentUrl`: redirect the buyer there or show it as a QR code. After
payment the buyer is sent to `successUrl` / `failUrl`, and Invoicebox sends the payment
notification (`OrderNotification`) to `notificationUrl` or the URL of the store settings.

The order total `amount` must equal the sum of the lines' `totalAmount`, and `vatAmount`
the sum of their `totalVatAmount`; each line must satisfy
`totalAmount = amount × quantity` (subject to `orderSetting.roundPolicy`) and
`amountWoVat × quantity + totalVatAmount ≈ totalAmount`. Violations are refused with
422 and the codes `wrong_total_amount`, `wrong_total_vat_amount`,
`wrong_basket_item_total_amount`, `wrong_basket_item_total_vat_amount`,
`wrong_basket_item_amount_wo_vat`. `expirationDate` must lie in the future
(`wrong_expiration_date`); a `merchantOrderId` already used gives
`merchant_order_id_duplicate` (the MCP server says uniqueness is not checked by
default, so this may depend on the store settings).

`merchantId` is filled in by the client from its configuration when left unset
(`x-client-fills`). `parentId` makes this a correction order (see
`correction_order_create`), `orderContainerId` adds the order to an existing invoice,
`processable: false` creates a non-processing order whose status is set with
`order_status_update`.


Sends a `POST` request to `/billing/api/order/order`

```ignore
let response = client.order_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn order_create(&self) -> builder::OrderCreate<'_> {
        builder::OrderCreate::new(self)
    }
    /**List or find orders

Returns the orders matching the filters, a page at a time, with `metaData`
(`totalCount`, `pageSize`, `page`). The docs have no single-order read: "get an order"
is this call with `id=` (or use `order_get`). Without filters it pages through every
order the token can see.

Documented filter fields: `id`, `status`, `merchantOrderId`, `merchantId` (declared
below as plain parameters; `status` as the any-of form `status[]`), and `createdAt`,
`expirationDate`, `paidAt` with the comparison operators, e.g.
`createdAt[_ge]=2021-01-27T00:00:00`, `expirationDate[_ge]=...`, `paidAt[_ge]=...`,
`paidAt[_lt]=...`. Operators `_eq`, `_ne`, `_gt`, `_ge`, `_lt`, `_le`, `_start` apply
to any field (`merchantOrderId[_start]=ORD`), sorting is
`_order[createdAt]=desc` (the form `_order=createdAt:desc` is refused with 422): all of
these go in `filter`. The equality form `status=completed` and a single-value
`status[_ne]=canceled` also go in `filter`.

Paging uses the documented `page` / `pageSize` (default 30 per page; the maximum is not
documented). The newer MCP server sends `_page` / `_pageSize` instead; which spelling the
live API prefers is unverified, so this spec declares the documented names and the
other can be sent through `filter`.


Sends a `GET` request to `/filter/api/order/order`

Arguments:
- `filter`: Any other filter, sort or paging key, written as given: operators (`createdAt[_ge]=2021-01-27T00:00:00`, `expirationDate[_ge]=...`, `paidAt[_ge]=...`, `merchantOrderId[_start]=ORD`), any-of (`id[]=...`), sorting (`_order[createdAt]=desc`), equality on other fields (`status=completed`).
- `id`: Invoicebox order id (UUID).
- `merchant_id`: Only orders of this store (store id, UUID); useful when one token serves several stores.
- `merchant_order_id`: The store's own order number.
- `page`: Page number, from 1 (docs name; the MCP server sends `_page`, which can go through `filter`).
- `page_size`: Orders per page, default 30 (docs name; the MCP server sends `_pageSize`, which can go through `filter`).
- `status`: Only orders in these statuses, as PHP repeated keys (`status[]=created&status[]=completed`). For the single equality form `status=completed` use `filter`.
```ignore
let response = client.order_list()
    .filter(filter)
    .id(id)
    .merchant_id(merchant_id)
    .merchant_order_id(merchant_order_id)
    .page(page)
    .page_size(page_size)
    .status(status)
    .send()
    .await;
```*/
    pub fn order_list(&self) -> builder::OrderList<'_> {
        builder::OrderList::new(self)
    }
    /**Get one order

Returns one order by its Invoicebox id. Not in the docs snapshot: only the official MCP server calls it (for reads and before cancels, shipments and refunds), so its existence is inferred; the documented way to read an order is `order_list` with `id`. The MCP server names the path parameter `id`; it shares this path with `order_update` and `order_cancel`, whose docs call it `uuid`, and OpenAPI allows one name per path.

Sends a `GET` request to `/billing/api/order/order/{uuid}`

Arguments:
- `uuid`: Invoicebox order id (UUID).
```ignore
let response = client.order_get()
    .uuid(uuid)
    .send()
    .await;
```*/
    pub fn order_get(&self) -> builder::OrderGet<'_> {
        builder::OrderGet::new(self)
    }
    /**Change an unpaid order

Changes an order that is not paid yet: its description, amounts, deadline, basket, metadata, buyer or linked shop. Every field is optional; the amounts must stay consistent with the basket as on creation. A paid order is refused (presumably `wrong_order_status`, 422; inferred). Returns the changed order. (The official SDK's `UpdateOrderRequest` sends the fields as a JSON list, a bug; this body is an object.)

Sends a `PUT` request to `/billing/api/order/order/{uuid}`

Arguments:
- `uuid`: Invoicebox order id (UUID).
- `body`
```ignore
let response = client.order_update()
    .uuid(uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn order_update(&self) -> builder::OrderUpdate<'_> {
        builder::OrderUpdate::new(self)
    }
    /**Cancel an order

Cancels an order and returns it with status `canceled`. By default possible until Invoicebox has received shipment information for the order; after a shipment use refunds. If the payment was confirmed with a guarantee instrument (promised payment, guarantee fund, overdraft, card pre-authorisation) and nothing was shipped, cancelling fully reverses that payment (it then shows in no registry or report). This is also the second step of the "shipping unavailable" scenario: after answering a payment notification with `error` / `shipping_unavailable`, cancel the order and a pre-authorised payment is returned; otherwise the call is refused. No body.

Sends a `DELETE` request to `/billing/api/order/order/{uuid}`

Arguments:
- `uuid`: Invoicebox order id (UUID).
```ignore
let response = client.order_cancel()
    .uuid(uuid)
    .send()
    .await;
```*/
    pub fn order_cancel(&self) -> builder::OrderCancel<'_> {
        builder::OrderCancel::new(self)
    }
    /**Move an order to another store

Moves an order, paid or not, to another store (`merchantId` = the target store) and returns it. Only allowed when the original store is of a special type that permits it (arranged with Invoicebox).

Sends a `PUT` request to `/billing/api/order/order-merchant-move`

```ignore
let response = client.order_merchant_move()
    .body(body)
    .send()
    .await;
```*/
    pub fn order_merchant_move(&self) -> builder::OrderMerchantMove<'_> {
        builder::OrderMerchantMove::new(self)
    }
    /**Set the status of a non-processing order

Sets the status of a non-processing order (`processable: false`): one created with `processable: false`, or any order of a store without a valid contract (even when `processable: true` was asked). Invoicebox takes no payment for such orders; the store records the outcome itself. The docs list `created`, `completed`, `expired` and `cancelled` (spelled with two l here, `canceled` everywhere else; both are values of `OrderStatus`, and which one the server accepts is unverified). Note the path has no `order/` segment before the id.

Sends a `PUT` request to `/billing/api/order/{uuid}/status`

Arguments:
- `uuid`: Invoicebox order id (UUID).
- `body`
```ignore
let response = client.order_status_update()
    .uuid(uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn order_status_update(&self) -> builder::OrderStatusUpdate<'_> {
        builder::OrderStatusUpdate::new(self)
    }
    /**Create an order as an agent

For agents (banks, large aggregators): creates an order on behalf of a seller named by its ИНН / КПП (`seller`) instead of a store id, with the agent's token. The body is that of `order_create` plus `seller`; the docs' example has no `merchantId` and the client does not fill one in. Refused when Invoicebox does not know the seller. (The page's HTTP example shows `POST /v3/billing/api/order/order`, a copy error; its method line and this path are `/adapter/api/subagent/order`.)

Sends a `POST` request to `/adapter/api/subagent/order`

```ignore
let response = client.agent_order_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn agent_order_create(&self) -> builder::AgentOrderCreate<'_> {
        builder::AgentOrderCreate::new(self)
    }
    /**Report a shipment

Tells Invoicebox that (part of) an order was shipped or the service rendered. Invoicebox then issues the "full settlement" receipt (ПОЛНЫЙ РАСЧЁТ) for private buyers or the closing documents (act / ТОРГ-12, invoice-factura, УПД) for legal ones; for online services this may happen automatically. The lines use the basket item fields of order creation without `serviceDate`, `categoryType` and `category`. The shipments of an order must not add up to more than the order amount (the MCP server checks this). `final: true` (MCP only) closes the order and releases any remaining hold.

Sends a `POST` request to `/billing/api/order/shipment`

```ignore
let response = client.shipment_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn shipment_create(&self) -> builder::ShipmentCreate<'_> {
        builder::ShipmentCreate::new(self)
    }
    /**List shipments

Returns the shipments matching the filters, a page at a time. Documented filter fields:
`id` (the integer shipment id), `orderId`, `merchantId` (the page's second and third
examples point at `/filter/api/order/order` by mistake). The general operators, any-of
lists and sorting apply (`createdAt[_ge]=...`, `_order[createdAt]=asc`) through
`filter`; paging as in `order_list` (`page` / `pageSize`, or `_page` / `_pageSize`
through `filter`). The `metaData` of the answer is inferred from the other lists.

The MCP server reads shipments from `GET /billing/api/order/shipment?orderId=...`
instead and notes that the filter may be ignored there (it re-checks `orderId` on its
side); this spec declares the documented path.


Sends a `GET` request to `/filter/api/order/shipment`

Arguments:
- `filter`: Any other filter, sort or paging key, written as given: operators (`createdAt[_ge]=...`), any-of (`id[]=...`), sorting (`_order[createdAt]=asc`).
- `id`: Shipment id (an integer).
- `merchant_id`: Only shipments of this store (store id).
- `order_id`: Only shipments of this order (Invoicebox order id).
- `page`: Page number, from 1 (docs name; `_page` can go through `filter`).
- `page_size`: Shipments per page, default 30 (docs name; `_pageSize` can go through `filter`).
```ignore
let response = client.shipment_list()
    .filter(filter)
    .id(id)
    .merchant_id(merchant_id)
    .order_id(order_id)
    .page(page)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn shipment_list(&self) -> builder::ShipmentList<'_> {
        builder::ShipmentList::new(self)
    }
    /**Lines still refundable

Returns the basket lines of a paid order that can still be refunded, to build the `basketItems` of `refund_create`. The MCP server also reads, per line, `availableAmount` and `availableVatAmount` (what remains refundable); the docs do not show them.

Sends a `GET` request to `/billing/api/order/order/{uuid}/refund-basket-item`

Arguments:
- `uuid`: Id of the paid order.
```ignore
let response = client.refund_basket_items()
    .uuid(uuid)
    .send()
    .await;
```*/
    pub fn refund_basket_items(&self) -> builder::RefundBasketItems<'_> {
        builder::RefundBasketItems::new(self)
    }
    /**Refund a paid order

Refunds all or part of a paid order (`parentId`); an unpaid order is cancelled instead (`order_cancel`). The money normally returns through the original payment instrument (the MCP server says within two business days) and Invoicebox issues the refund receipt. Every refund needs its own `merchantOrderId`: reusing one is refused (presumably `merchant_order_id_duplicate`, 422), which is the documented guard against refunding twice. `status: draft` creates a refund draft for the correction flow (see `correction_order_create`); the default is `created`.

Sends a `POST` request to `/billing/api/order/refund-order`

```ignore
let response = client.refund_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn refund_create(&self) -> builder::RefundCreate<'_> {
        builder::RefundCreate::new(self)
    }
    /**Create a correction order (fee kept from a refund)

Second step of a refund with a fee, penalty or service charge: first create a refund with `status: draft` (`refund_create`) and take its `id`, then create this correction order with `parentId` = that refund id and the fee lines. Invoicebox reduces the refund by the correction amount and issues the "ВОЗВРАТ 100%" and "ОПЛАТА 100%" receipts. The body is that of `order_create`; `merchantId` is filled in by the client from its configuration when left unset (`x-client-fills`).

Sends a `POST` request to `/billing/api/order/correction-order`

```ignore
let response = client.correction_order_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn correction_order_create(&self) -> builder::CorrectionOrderCreate<'_> {
        builder::CorrectionOrderCreate::new(self)
    }
    /**List refunds

Returns the refunds matching the filters, a page at a time, with `metaData`. Documented filter fields: `id`, `parentId` (the refunded order), `status` (`RefundStatus`; declared as the any-of form `status[]`), `merchantId`, `merchantOrderId`. Operators (`createdAt[_ge]=...`, `status[_ne]=draft`), the equality form `status=completed` and sorting (`_order[createdAt]=desc`) go in `filter`; paging as in `order_list` (`page` / `pageSize`, or `_page` / `_pageSize` through `filter`).

Sends a `GET` request to `/filter/api/order/refund-order`

Arguments:
- `filter`: Any other filter, sort or paging key, written as given: operators (`createdAt[_ge]=...`, `status[_ne]=draft`), any-of (`parentId[]=...`), sorting (`_order[createdAt]=desc`).
- `id`: Refund id (UUID).
- `merchant_id`: Only refunds of this store (store id).
- `merchant_order_id`: The store's own refund number.
- `page`: Page number, from 1 (docs name; `_page` can go through `filter`).
- `page_size`: Refunds per page, default 30 (docs name; `_pageSize` can go through `filter`).
- `parent_id`: Only refunds of this order (id of the refunded order).
- `status`: Only refunds in these statuses, as PHP repeated keys (`status[]=created&status[]=completed`).
```ignore
let response = client.refund_list()
    .filter(filter)
    .id(id)
    .merchant_id(merchant_id)
    .merchant_order_id(merchant_order_id)
    .page(page)
    .page_size(page_size)
    .parent_id(parent_id)
    .status(status)
    .send()
    .await;
```*/
    pub fn refund_list(&self) -> builder::RefundList<'_> {
        builder::RefundList::new(self)
    }
    /**Check that the buyer can pay with an instrument

First step of confirming a payment in the store's own UI with a "guarantee" instrument (promised payment, guarantee fund, overdraft): checks whether the buyer can pay the order with the instrument `paymentMethodId`. `result` is `available`, `notRegistered` or `notEnoughMoney`, with an optional `resultNote`. The flow is: create the order → validate → `payment_method_send_code` → the buyer enters the code → `payment_method_pay`. Protect these calls against abuse (CAPTCHA or similar), as the docs require.

Sends a `POST` request to `/billing/api/order/{uuid}/payment-method-action/validate`

Arguments:
- `uuid`: Invoicebox order id.
- `body`
```ignore
let response = client.payment_method_validate()
    .uuid(uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn payment_method_validate(&self) -> builder::PaymentMethodValidate<'_> {
        builder::PaymentMethodValidate::new(self)
    }
    /**Send the confirmation code to the buyer

Second step of the guarantee flow: sends the buyer a confirmation code. `result` is `success`, `codeAlreadySent` or `error`; `resultData` carries `publicCode` (pass it back in `payment_method_pay`) and `leftAttempt` (attempts left).

Sends a `POST` request to `/billing/api/order/{uuid}/payment-method-action/send-code`

Arguments:
- `uuid`: Invoicebox order id.
- `body`
```ignore
let response = client.payment_method_send_code()
    .uuid(uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn payment_method_send_code(&self) -> builder::PaymentMethodSendCode<'_> {
        builder::PaymentMethodSendCode::new(self)
    }
    /**Pay with the confirmation code

Last step of the guarantee flow: pays the order with the code the buyer entered (`customerPaymentData.code`) and the `publicCode` from `payment_method_send_code`. `result` is `success`, `alreadyPaid`, `wrongCode`, `limitReached`, `notEnoughMoney` or `error`. With `type: message`, `resultData.message` holds a `title` and `message` to show the buyer; with `type: none`, `resultData` is empty.

Sends a `POST` request to `/billing/api/order/{uuid}/payment-method-action/pay`

Arguments:
- `uuid`: Invoicebox order id.
- `body`
```ignore
let response = client.payment_method_pay()
    .uuid(uuid)
    .body(body)
    .send()
    .await;
```*/
    pub fn payment_method_pay(&self) -> builder::PaymentMethodPay<'_> {
        builder::PaymentMethodPay::new(self)
    }
    /**Look up a company by ИНН

Returns the registry details of the companies (or sole proprietors) with this ИНН: full and short name, КПП, registration number and date, legal and postal address. Handy to fill in a legal `customer`. The page says the answer is an array of orders, a copy error: its table and the MCP server's use (`data[0].vatNumber`, `data[0].name`) show counterparties.

Sends a `GET` request to `/filter/api/counterparty-detail`

Arguments:
- `vat_number`: ИНН, 10 digits for an organisation, 12 for a sole proprietor or a person.
```ignore
let response = client.counterparty_lookup()
    .vat_number(vat_number)
    .send()
    .await;
```*/
    pub fn counterparty_lookup(&self) -> builder::CounterpartyLookup<'_> {
        builder::CounterpartyLookup::new(self)
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
    /**Builder for [`Client::auth_check`]

[`Client::auth_check`]: super::Client::auth_check*/
    #[derive(Debug, Clone)]
    pub struct AuthCheck<'a> {
        client: &'a super::Client,
    }
    impl<'a> AuthCheck<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/security/api/auth/auth`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CheckAuthEnvelope>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client } = self;
            let url = format!("{}/security/api/auth/auth", client.baseurl,);
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
                operation_id: "auth_check",
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
    /**Builder for [`Client::order_create`]

[`Client::order_create`]: super::Client::order_create*/
    #[derive(Debug, Clone)]
    pub struct OrderCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateOrderRequest, String>,
    }
    impl<'a> OrderCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateOrderRequest>,
            <V as std::convert::TryInto<
                types::CreateOrderRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateOrderRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateOrderRequest,
            ) -> types::builder::CreateOrderRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/billing/api/order/order`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrderEnvelope>, Error<types::ErrorEnvelope>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateOrderRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/billing/api/order/order", client.baseurl,);
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
                operation_id: "order_create",
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
    /**Builder for [`Client::order_list`]

[`Client::order_list`]: super::Client::order_list*/
    #[derive(Debug, Clone)]
    pub struct OrderList<'a> {
        client: &'a super::Client,
        filter: Result<Option<::payspec::QueryFilter>, String>,
        id: Result<Option<::std::string::String>, String>,
        merchant_id: Result<Option<::std::string::String>, String>,
        merchant_order_id: Result<Option<::std::string::String>, String>,
        page: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        status: Result<
            Option<::std::vec::Vec<crate::generated::types::OrderStatus>>,
            String,
        >,
    }
    impl<'a> OrderList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                id: Ok(None),
                merchant_id: Ok(None),
                merchant_order_id: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                status: Ok(None),
            }
        }
        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::payspec::QueryFilter>,
        {
            self.filter = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: payspec :: QueryFilter` for filter failed"
                        .to_string()
                });
            self
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn merchant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.merchant_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for merchant_id failed"
                        .to_string()
                });
            self
        }
        pub fn merchant_order_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.merchant_order_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for merchant_order_id failed"
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
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::std::vec::Vec<crate::generated::types::OrderStatus>,
            >,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < crate :: generated :: types :: OrderStatus >` for status failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/filter/api/order/order`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::OrderListEnvelope>,
            Error<types::ErrorEnvelope>,
        > {
            let Self {
                client,
                filter,
                id,
                merchant_id,
                merchant_order_id,
                page,
                page_size,
                status,
            } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let merchant_id = merchant_id.map_err(Error::InvalidRequest)?;
            let merchant_order_id = merchant_order_id.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/filter/api/order/order", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(&progenitor_client::QueryParam::new("merchantId", &merchant_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "merchantOrderId",
                        &merchant_order_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("status[]", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "order_list",
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
    /**Builder for [`Client::order_get`]

[`Client::order_get`]: super::Client::order_get*/
    #[derive(Debug, Clone)]
    pub struct OrderGet<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
    }
    impl<'a> OrderGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/billing/api/order/order/{uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrderEnvelope>, Error<types::ErrorEnvelope>> {
            let Self { client, uuid } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/billing/api/order/order/{}", client.baseurl, encode_path(& uuid
                .to_string()),
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "order_get",
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
    /**Builder for [`Client::order_update`]

[`Client::order_update`]: super::Client::order_update*/
    #[derive(Debug, Clone)]
    pub struct OrderUpdate<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateOrderRequest, String>,
    }
    impl<'a> OrderUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateOrderRequest>,
            <V as std::convert::TryInto<
                types::UpdateOrderRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateOrderRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateOrderRequest,
            ) -> types::builder::UpdateOrderRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/billing/api/order/order/{uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrderEnvelope>, Error<types::ErrorEnvelope>> {
            let Self { client, uuid, body } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateOrderRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/billing/api/order/order/{}", client.baseurl, encode_path(& uuid
                .to_string()),
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "order_update",
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
    /**Builder for [`Client::order_cancel`]

[`Client::order_cancel`]: super::Client::order_cancel*/
    #[derive(Debug, Clone)]
    pub struct OrderCancel<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
    }
    impl<'a> OrderCancel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/billing/api/order/order/{uuid}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrderEnvelope>, Error<types::ErrorEnvelope>> {
            let Self { client, uuid } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/billing/api/order/order/{}", client.baseurl, encode_path(& uuid
                .to_string()),
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
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "order_cancel",
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
    /**Builder for [`Client::order_merchant_move`]

[`Client::order_merchant_move`]: super::Client::order_merchant_move*/
    #[derive(Debug, Clone)]
    pub struct OrderMerchantMove<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UpdateOrderMerchantRequest, String>,
    }
    impl<'a> OrderMerchantMove<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateOrderMerchantRequest>,
            <V as std::convert::TryInto<
                types::UpdateOrderMerchantRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateOrderMerchantRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateOrderMerchantRequest,
            ) -> types::builder::UpdateOrderMerchantRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/billing/api/order/order-merchant-move`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrderEnvelope>, Error<types::ErrorEnvelope>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UpdateOrderMerchantRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/billing/api/order/order-merchant-move", client.baseurl,
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "order_merchant_move",
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
    /**Builder for [`Client::order_status_update`]

[`Client::order_status_update`]: super::Client::order_status_update*/
    #[derive(Debug, Clone)]
    pub struct OrderStatusUpdate<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
        body: Result<types::builder::UpdateOrderStatusRequest, String>,
    }
    impl<'a> OrderStatusUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateOrderStatusRequest>,
            <V as std::convert::TryInto<
                types::UpdateOrderStatusRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateOrderStatusRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateOrderStatusRequest,
            ) -> types::builder::UpdateOrderStatusRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/billing/api/order/{uuid}/status`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrderEnvelope>, Error<types::ErrorEnvelope>> {
            let Self { client, uuid, body } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateOrderStatusRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/billing/api/order/{}/status", client.baseurl, encode_path(& uuid
                .to_string()),
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
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "order_status_update",
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
    /**Builder for [`Client::agent_order_create`]

[`Client::agent_order_create`]: super::Client::agent_order_create*/
    #[derive(Debug, Clone)]
    pub struct AgentOrderCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateAgentOrderRequest, String>,
    }
    impl<'a> AgentOrderCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateAgentOrderRequest>,
            <V as std::convert::TryInto<
                types::CreateAgentOrderRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateAgentOrderRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateAgentOrderRequest,
            ) -> types::builder::CreateAgentOrderRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/adapter/api/subagent/order`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrderEnvelope>, Error<types::ErrorEnvelope>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateAgentOrderRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/adapter/api/subagent/order", client.baseurl,);
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
                operation_id: "agent_order_create",
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
    /**Builder for [`Client::shipment_create`]

[`Client::shipment_create`]: super::Client::shipment_create*/
    #[derive(Debug, Clone)]
    pub struct ShipmentCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateShipmentRequest, String>,
    }
    impl<'a> ShipmentCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateShipmentRequest>,
            <V as std::convert::TryInto<
                types::CreateShipmentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateShipmentRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateShipmentRequest,
            ) -> types::builder::CreateShipmentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/billing/api/order/shipment`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ShipmentEnvelope>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateShipmentRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/billing/api/order/shipment", client.baseurl,);
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
                operation_id: "shipment_create",
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
    /**Builder for [`Client::shipment_list`]

[`Client::shipment_list`]: super::Client::shipment_list*/
    #[derive(Debug, Clone)]
    pub struct ShipmentList<'a> {
        client: &'a super::Client,
        filter: Result<Option<::payspec::QueryFilter>, String>,
        id: Result<Option<::std::string::String>, String>,
        merchant_id: Result<Option<::std::string::String>, String>,
        order_id: Result<Option<::std::string::String>, String>,
        page: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
    }
    impl<'a> ShipmentList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                id: Ok(None),
                merchant_id: Ok(None),
                order_id: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
            }
        }
        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::payspec::QueryFilter>,
        {
            self.filter = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: payspec :: QueryFilter` for filter failed"
                        .to_string()
                });
            self
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn merchant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.merchant_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for merchant_id failed"
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
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        ///Sends a `GET` request to `/filter/api/order/shipment`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ShipmentListEnvelope>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, filter, id, merchant_id, order_id, page, page_size } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let merchant_id = merchant_id.map_err(Error::InvalidRequest)?;
            let order_id = order_id.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!("{}/filter/api/order/shipment", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(&progenitor_client::QueryParam::new("merchantId", &merchant_id))
                .query(&progenitor_client::QueryParam::new("orderId", &order_id))
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "shipment_list",
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
    /**Builder for [`Client::refund_basket_items`]

[`Client::refund_basket_items`]: super::Client::refund_basket_items*/
    #[derive(Debug, Clone)]
    pub struct RefundBasketItems<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
    }
    impl<'a> RefundBasketItems<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/billing/api/order/order/{uuid}/refund-basket-item`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::BasketItemListEnvelope>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, uuid } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/billing/api/order/order/{}/refund-basket-item", client.baseurl,
                encode_path(& uuid.to_string()),
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "refund_basket_items",
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
    /**Builder for [`Client::refund_create`]

[`Client::refund_create`]: super::Client::refund_create*/
    #[derive(Debug, Clone)]
    pub struct RefundCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateRefundRequest, String>,
    }
    impl<'a> RefundCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateRefundRequest>,
            <V as std::convert::TryInto<
                types::CreateRefundRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateRefundRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateRefundRequest,
            ) -> types::builder::CreateRefundRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/billing/api/order/refund-order`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RefundEnvelope>, Error<types::ErrorEnvelope>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateRefundRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/billing/api/order/refund-order", client.baseurl,);
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
                operation_id: "refund_create",
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
    /**Builder for [`Client::correction_order_create`]

[`Client::correction_order_create`]: super::Client::correction_order_create*/
    #[derive(Debug, Clone)]
    pub struct CorrectionOrderCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateOrderRequest, String>,
    }
    impl<'a> CorrectionOrderCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateOrderRequest>,
            <V as std::convert::TryInto<
                types::CreateOrderRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateOrderRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateOrderRequest,
            ) -> types::builder::CreateOrderRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/billing/api/order/correction-order`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrderEnvelope>, Error<types::ErrorEnvelope>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateOrderRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/billing/api/order/correction-order", client.baseurl,);
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
                operation_id: "correction_order_create",
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
    /**Builder for [`Client::refund_list`]

[`Client::refund_list`]: super::Client::refund_list*/
    #[derive(Debug, Clone)]
    pub struct RefundList<'a> {
        client: &'a super::Client,
        filter: Result<Option<::payspec::QueryFilter>, String>,
        id: Result<Option<::std::string::String>, String>,
        merchant_id: Result<Option<::std::string::String>, String>,
        merchant_order_id: Result<Option<::std::string::String>, String>,
        page: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        parent_id: Result<Option<::std::string::String>, String>,
        status: Result<
            Option<::std::vec::Vec<crate::generated::types::RefundStatus>>,
            String,
        >,
    }
    impl<'a> RefundList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter: Ok(None),
                id: Ok(None),
                merchant_id: Ok(None),
                merchant_order_id: Ok(None),
                page: Ok(None),
                page_size: Ok(None),
                parent_id: Ok(None),
                status: Ok(None),
            }
        }
        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::payspec::QueryFilter>,
        {
            self.filter = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: payspec :: QueryFilter` for filter failed"
                        .to_string()
                });
            self
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn merchant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.merchant_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for merchant_id failed"
                        .to_string()
                });
            self
        }
        pub fn merchant_order_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.merchant_order_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for merchant_order_id failed"
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
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn parent_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.parent_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for parent_id failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::std::vec::Vec<crate::generated::types::RefundStatus>,
            >,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < crate :: generated :: types :: RefundStatus >` for status failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/filter/api/order/refund-order`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RefundListEnvelope>,
            Error<types::ErrorEnvelope>,
        > {
            let Self {
                client,
                filter,
                id,
                merchant_id,
                merchant_order_id,
                page,
                page_size,
                parent_id,
                status,
            } = self;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let id = id.map_err(Error::InvalidRequest)?;
            let merchant_id = merchant_id.map_err(Error::InvalidRequest)?;
            let merchant_order_id = merchant_order_id.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let parent_id = parent_id.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/filter/api/order/refund-order", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("id", &id))
                .query(&progenitor_client::QueryParam::new("merchantId", &merchant_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "merchantOrderId",
                        &merchant_order_id,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("parentId", &parent_id))
                .query(&progenitor_client::QueryParam::new("status[]", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "refund_list",
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
    /**Builder for [`Client::payment_method_validate`]

[`Client::payment_method_validate`]: super::Client::payment_method_validate*/
    #[derive(Debug, Clone)]
    pub struct PaymentMethodValidate<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
        body: Result<types::builder::ValidateRequest, String>,
    }
    impl<'a> PaymentMethodValidate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ValidateRequest>,
            <V as std::convert::TryInto<
                types::ValidateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ValidateRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ValidateRequest,
            ) -> types::builder::ValidateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/billing/api/order/{uuid}/payment-method-action/validate`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaymentMethodAnswerEnvelope>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, uuid, body } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ValidateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/billing/api/order/{}/payment-method-action/validate", client.baseurl,
                encode_path(& uuid.to_string()),
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
                operation_id: "payment_method_validate",
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
    /**Builder for [`Client::payment_method_send_code`]

[`Client::payment_method_send_code`]: super::Client::payment_method_send_code*/
    #[derive(Debug, Clone)]
    pub struct PaymentMethodSendCode<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
        body: Result<types::builder::CodeRequest, String>,
    }
    impl<'a> PaymentMethodSendCode<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CodeRequest>,
            <V as std::convert::TryInto<types::CodeRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CodeRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CodeRequest,
            ) -> types::builder::CodeRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/billing/api/order/{uuid}/payment-method-action/send-code`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaymentMethodAnswerEnvelope>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, uuid, body } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::CodeRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/billing/api/order/{}/payment-method-action/send-code", client
                .baseurl, encode_path(& uuid.to_string()),
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
                operation_id: "payment_method_send_code",
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
    /**Builder for [`Client::payment_method_pay`]

[`Client::payment_method_pay`]: super::Client::payment_method_pay*/
    #[derive(Debug, Clone)]
    pub struct PaymentMethodPay<'a> {
        client: &'a super::Client,
        uuid: Result<::std::string::String, String>,
        body: Result<types::builder::PayRequest, String>,
    }
    impl<'a> PaymentMethodPay<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                uuid: Err("uuid was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn uuid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.uuid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for uuid failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PayRequest>,
            <V as std::convert::TryInto<types::PayRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PayRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PayRequest,
            ) -> types::builder::PayRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/billing/api/order/{uuid}/payment-method-action/pay`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaymentMethodAnswerEnvelope>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, uuid, body } = self;
            let uuid = uuid.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::PayRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/billing/api/order/{}/payment-method-action/pay", client.baseurl,
                encode_path(& uuid.to_string()),
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
                operation_id: "payment_method_pay",
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
    /**Builder for [`Client::counterparty_lookup`]

[`Client::counterparty_lookup`]: super::Client::counterparty_lookup*/
    #[derive(Debug, Clone)]
    pub struct CounterpartyLookup<'a> {
        client: &'a super::Client,
        vat_number: Result<::std::string::String, String>,
    }
    impl<'a> CounterpartyLookup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                vat_number: Err("vat_number was not initialized".to_string()),
            }
        }
        pub fn vat_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.vat_number = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for vat_number failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/filter/api/counterparty-detail`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CounterpartyListEnvelope>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, vat_number } = self;
            let vat_number = vat_number.map_err(Error::InvalidRequest)?;
            let url = format!("{}/filter/api/counterparty-detail", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("vatNumber", &vat_number))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "counterparty_lookup",
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
    /// Sends the `auth_check` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for AuthCheck<'a> {
        type Output = ::std::result::Result<types::CheckAuthEnvelope, ::payspec::Error>;
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
                    "auth_check",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "auth_check",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `order_create` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrderCreate<'a> {
        type Output = ::std::result::Result<types::OrderEnvelope, ::payspec::Error>;
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
                    "order_create",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "order_create",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `order_list` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrderList<'a> {
        type Output = ::std::result::Result<types::OrderListEnvelope, ::payspec::Error>;
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
                    "order_list",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "order_list",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `order_get` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrderGet<'a> {
        type Output = ::std::result::Result<types::OrderEnvelope, ::payspec::Error>;
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
                    "order_get",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "order_get",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `order_update` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrderUpdate<'a> {
        type Output = ::std::result::Result<types::OrderEnvelope, ::payspec::Error>;
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
                    "order_update",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "order_update",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `order_cancel` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrderCancel<'a> {
        type Output = ::std::result::Result<types::OrderEnvelope, ::payspec::Error>;
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
                    "order_cancel",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "order_cancel",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `order_merchant_move` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrderMerchantMove<'a> {
        type Output = ::std::result::Result<types::OrderEnvelope, ::payspec::Error>;
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
                    "order_merchant_move",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "order_merchant_move",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `order_status_update` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for OrderStatusUpdate<'a> {
        type Output = ::std::result::Result<types::OrderEnvelope, ::payspec::Error>;
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
                    "order_status_update",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "order_status_update",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `agent_order_create` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for AgentOrderCreate<'a> {
        type Output = ::std::result::Result<types::OrderEnvelope, ::payspec::Error>;
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
                    "agent_order_create",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "agent_order_create",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `shipment_create` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for ShipmentCreate<'a> {
        type Output = ::std::result::Result<types::ShipmentEnvelope, ::payspec::Error>;
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
                    "shipment_create",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "shipment_create",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `shipment_list` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for ShipmentList<'a> {
        type Output = ::std::result::Result<
            types::ShipmentListEnvelope,
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
                    "shipment_list",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "shipment_list",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `refund_basket_items` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for RefundBasketItems<'a> {
        type Output = ::std::result::Result<
            types::BasketItemListEnvelope,
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
                    "refund_basket_items",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "refund_basket_items",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `refund_create` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for RefundCreate<'a> {
        type Output = ::std::result::Result<types::RefundEnvelope, ::payspec::Error>;
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
                    "refund_create",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "refund_create",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `correction_order_create` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for CorrectionOrderCreate<'a> {
        type Output = ::std::result::Result<types::OrderEnvelope, ::payspec::Error>;
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
                    "correction_order_create",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "correction_order_create",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `refund_list` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for RefundList<'a> {
        type Output = ::std::result::Result<types::RefundListEnvelope, ::payspec::Error>;
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
                    "refund_list",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "refund_list",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payment_method_validate` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentMethodValidate<'a> {
        type Output = ::std::result::Result<
            types::PaymentMethodAnswerEnvelope,
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
                    "payment_method_validate",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_method_validate",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payment_method_send_code` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentMethodSendCode<'a> {
        type Output = ::std::result::Result<
            types::PaymentMethodAnswerEnvelope,
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
                    "payment_method_send_code",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_method_send_code",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payment_method_pay` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentMethodPay<'a> {
        type Output = ::std::result::Result<
            types::PaymentMethodAnswerEnvelope,
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
                    "payment_method_pay",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_method_pay",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `counterparty_lookup` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for CounterpartyLookup<'a> {
        type Output = ::std::result::Result<
            types::CounterpartyListEnvelope,
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
                    "counterparty_lookup",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "counterparty_lookup",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    impl<'a> OrderList<'a> {
        /// Every item of every page, fetched lazily: `page` from 1 on (page number), 30 items a page. The caller's other parameters are kept. See [`payspec::paginate`].
        pub fn stream(
            self,
        ) -> ::payspec::paginate::Pages<
            'a,
            <types::OrderListEnvelope as ::payspec::paginate::Items>::Item,
        > {
            self.stream_by(30i64)
        }
        /// Like [`OrderList::stream`], with `page_size` items a page (`pageSize`).
        pub fn stream_by(
            self,
            page_size: i64,
        ) -> ::payspec::paginate::Pages<
            'a,
            <types::OrderListEnvelope as ::payspec::paginate::Items>::Item,
        > {
            let paging = ::payspec::paginate::Paging {
                provider: <crate::Inner as ::payspec::Provider>::NAME,
                operation: "order_list",
                first: 1i64,
                offset: false,
                page_size,
            };
            ::payspec::paginate::Pages::new(
                paging,
                move |page| {
                    let call = self.clone().page(page).page_size(page_size);
                    ::std::boxed::Box::pin(async move {
                        call.await.map(::payspec::paginate::Items::into_items)
                    })
                },
            )
        }
    }
    impl<'a> RefundList<'a> {
        /// Every item of every page, fetched lazily: `page` from 1 on (page number), 30 items a page. The caller's other parameters are kept. See [`payspec::paginate`].
        pub fn stream(
            self,
        ) -> ::payspec::paginate::Pages<
            'a,
            <types::RefundListEnvelope as ::payspec::paginate::Items>::Item,
        > {
            self.stream_by(30i64)
        }
        /// Like [`RefundList::stream`], with `page_size` items a page (`pageSize`).
        pub fn stream_by(
            self,
            page_size: i64,
        ) -> ::payspec::paginate::Pages<
            'a,
            <types::RefundListEnvelope as ::payspec::paginate::Items>::Item,
        > {
            let paging = ::payspec::paginate::Paging {
                provider: <crate::Inner as ::payspec::Provider>::NAME,
                operation: "refund_list",
                first: 1i64,
                offset: false,
                page_size,
            };
            ::payspec::paginate::Pages::new(
                paging,
                move |page| {
                    let call = self.clone().page(page).page_size(page_size);
                    ::std::boxed::Box::pin(async move {
                        call.await.map(::payspec::paginate::Items::into_items)
                    })
                },
            )
        }
    }
    impl<'a> ShipmentList<'a> {
        /// Every item of every page, fetched lazily: `page` from 1 on (page number), 30 items a page. The caller's other parameters are kept. See [`payspec::paginate`].
        pub fn stream(
            self,
        ) -> ::payspec::paginate::Pages<
            'a,
            <types::ShipmentListEnvelope as ::payspec::paginate::Items>::Item,
        > {
            self.stream_by(30i64)
        }
        /// Like [`ShipmentList::stream`], with `page_size` items a page (`pageSize`).
        pub fn stream_by(
            self,
            page_size: i64,
        ) -> ::payspec::paginate::Pages<
            'a,
            <types::ShipmentListEnvelope as ::payspec::paginate::Items>::Item,
        > {
            let paging = ::payspec::paginate::Paging {
                provider: <crate::Inner as ::payspec::Provider>::NAME,
                operation: "shipment_list",
                first: 1i64,
                offset: false,
                page_size,
            };
            ::payspec::paginate::Pages::new(
                paging,
                move |page| {
                    let call = self.clone().page(page).page_size(page_size);
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
    "agent_order_create",
    "auth_check",
    "correction_order_create",
    "counterparty_lookup",
    "order_cancel",
    "order_create",
    "order_get",
    "order_list",
    "order_merchant_move",
    "order_status_update",
    "order_update",
    "payment_method_pay",
    "payment_method_send_code",
    "payment_method_validate",
    "refund_basket_items",
    "refund_create",
    "refund_list",
    "shipment_create",
    "shipment_list",
];
/// Decodes `body` as the success answer of `operation` the way the client does; `None`
/// for an unknown operation or one whose answer is not JSON. For fuzzing and tests.
#[doc(hidden)]
pub fn decode_response(
    operation: &str,
    body: &[u8],
) -> Option<::std::result::Result<(), ::serde_json::Error>> {
    match operation {
        "agent_order_create" => {
            Some(::serde_json::from_slice::<types::OrderEnvelope>(body).map(drop))
        }
        "auth_check" => {
            Some(::serde_json::from_slice::<types::CheckAuthEnvelope>(body).map(drop))
        }
        "correction_order_create" => {
            Some(::serde_json::from_slice::<types::OrderEnvelope>(body).map(drop))
        }
        "counterparty_lookup" => {
            Some(
                ::serde_json::from_slice::<types::CounterpartyListEnvelope>(body)
                    .map(drop),
            )
        }
        "order_cancel" => {
            Some(::serde_json::from_slice::<types::OrderEnvelope>(body).map(drop))
        }
        "order_create" => {
            Some(::serde_json::from_slice::<types::OrderEnvelope>(body).map(drop))
        }
        "order_get" => {
            Some(::serde_json::from_slice::<types::OrderEnvelope>(body).map(drop))
        }
        "order_list" => {
            Some(::serde_json::from_slice::<types::OrderListEnvelope>(body).map(drop))
        }
        "order_merchant_move" => {
            Some(::serde_json::from_slice::<types::OrderEnvelope>(body).map(drop))
        }
        "order_status_update" => {
            Some(::serde_json::from_slice::<types::OrderEnvelope>(body).map(drop))
        }
        "order_update" => {
            Some(::serde_json::from_slice::<types::OrderEnvelope>(body).map(drop))
        }
        "payment_method_pay" => {
            Some(
                ::serde_json::from_slice::<types::PaymentMethodAnswerEnvelope>(body)
                    .map(drop),
            )
        }
        "payment_method_send_code" => {
            Some(
                ::serde_json::from_slice::<types::PaymentMethodAnswerEnvelope>(body)
                    .map(drop),
            )
        }
        "payment_method_validate" => {
            Some(
                ::serde_json::from_slice::<types::PaymentMethodAnswerEnvelope>(body)
                    .map(drop),
            )
        }
        "refund_basket_items" => {
            Some(
                ::serde_json::from_slice::<types::BasketItemListEnvelope>(body).map(drop),
            )
        }
        "refund_create" => {
            Some(::serde_json::from_slice::<types::RefundEnvelope>(body).map(drop))
        }
        "refund_list" => {
            Some(::serde_json::from_slice::<types::RefundListEnvelope>(body).map(drop))
        }
        "shipment_create" => {
            Some(::serde_json::from_slice::<types::ShipmentEnvelope>(body).map(drop))
        }
        "shipment_list" => {
            Some(::serde_json::from_slice::<types::ShipmentListEnvelope>(body).map(drop))
        }
        _ => None,
    }
}
/// How decoding each type of `mod types` allocates (see `DECODE_COSTS`).
#[allow(non_upper_case_globals)]
pub mod decode_costs {
    use super::types;
    pub static ApiError: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("code", &::payspec::envelope::Cost::Scalar),
                (
                    "fields",
                    &::payspec::envelope::Cost::List {
                        item: &FieldError,
                        size: ::core::mem::size_of::<types::FieldError>(),
                        lenient: false,
                    },
                ),
                ("message", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static BasketItem: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("amountWoVat", &::payspec::envelope::Cost::Scalar),
                ("category", &::payspec::envelope::Cost::Scalar),
                ("categoryType", &::payspec::envelope::Cost::Scalar),
                ("excise", &::payspec::envelope::Cost::Scalar),
                ("grossWeight", &::payspec::envelope::Cost::Scalar),
                ("groupName", &::payspec::envelope::Cost::Scalar),
                ("measure", &::payspec::envelope::Cost::Scalar),
                ("measureCode", &::payspec::envelope::Cost::Scalar),
                ("metaData", &MetaData),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("netWeight", &::payspec::envelope::Cost::Scalar),
                ("originCountry", &::payspec::envelope::Cost::Scalar),
                ("originCountryCode", &::payspec::envelope::Cost::Scalar),
                ("paymentType", &PaymentType),
                ("quantity", &::payspec::envelope::Cost::Scalar),
                ("serviceDate", &::payspec::envelope::Cost::Scalar),
                ("sku", &::payspec::envelope::Cost::Scalar),
                ("totalAmount", &::payspec::envelope::Cost::Scalar),
                ("totalVatAmount", &::payspec::envelope::Cost::Scalar),
                ("type", &BasketItemType),
                ("vatCode", &VatCode),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static BasketItemInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("amountWoVat", &::payspec::envelope::Cost::Scalar),
                ("availableAmount", &::payspec::envelope::Cost::Scalar),
                ("availableVatAmount", &::payspec::envelope::Cost::Scalar),
                ("category", &::payspec::envelope::Cost::Scalar),
                ("categoryType", &::payspec::envelope::Cost::Scalar),
                ("excise", &::payspec::envelope::Cost::Scalar),
                ("grossWeight", &::payspec::envelope::Cost::Scalar),
                ("groupName", &::payspec::envelope::Cost::Scalar),
                ("measure", &::payspec::envelope::Cost::Scalar),
                ("measureCode", &::payspec::envelope::Cost::Scalar),
                ("metaData", &MetaData),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("netWeight", &::payspec::envelope::Cost::Scalar),
                ("originCountry", &::payspec::envelope::Cost::Scalar),
                ("originCountryCode", &::payspec::envelope::Cost::Scalar),
                ("paymentType", &PaymentType),
                ("quantity", &::payspec::envelope::Cost::Scalar),
                ("serviceDate", &::payspec::envelope::Cost::Scalar),
                ("sku", &::payspec::envelope::Cost::Scalar),
                ("totalAmount", &::payspec::envelope::Cost::Scalar),
                ("totalVatAmount", &::payspec::envelope::Cost::Scalar),
                ("type", &BasketItemType),
                ("vatCode", &VatCode),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static BasketItemListEnvelope: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                (
                    "data",
                    &::payspec::envelope::Cost::List {
                        item: &BasketItemInfo,
                        size: ::core::mem::size_of::<types::BasketItemInfo>(),
                        lenient: false,
                    },
                ),
                ("extendedData", &::payspec::envelope::Cost::Untyped),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static BasketItemType: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static CheckAuth: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("accessToken", &::payspec::envelope::Cost::Untyped),
                ("profile", &::payspec::envelope::Cost::Untyped),
                ("userId", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static CheckAuthEnvelope: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("data", &CheckAuth),
                ("extendedData", &::payspec::envelope::Cost::Untyped),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static CodeRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("customer", &Customer),
                ("languageId", &LanguageId),
                ("paymentMethodId", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static Counterparty: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("id", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("nameFull", &::payspec::envelope::Cost::Scalar),
                ("nameI18n", &::payspec::envelope::Cost::Scalar),
                ("postAddress", &::payspec::envelope::Cost::Scalar),
                ("postAddressZip", &::payspec::envelope::Cost::Scalar),
                ("registrationAddress", &::payspec::envelope::Cost::Scalar),
                ("registrationDate", &::payspec::envelope::Cost::Scalar),
                ("registrationNumber", &::payspec::envelope::Cost::Scalar),
                ("taxRegistrationReasonCode", &::payspec::envelope::Cost::Scalar),
                ("vatNumber", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static CounterpartyListEnvelope: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                (
                    "data",
                    &::payspec::envelope::Cost::List {
                        item: &Counterparty,
                        size: ::core::mem::size_of::<types::Counterparty>(),
                        lenient: false,
                    },
                ),
                ("extendedData", &::payspec::envelope::Cost::Untyped),
                ("metaData", &PageMeta),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static CreateAgentOrderRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                (
                    "basketItems",
                    &::payspec::envelope::Cost::List {
                        item: &BasketItem,
                        size: ::core::mem::size_of::<types::BasketItem>(),
                        lenient: false,
                    },
                ),
                ("currencyId", &::payspec::envelope::Cost::Scalar),
                ("customer", &Customer),
                ("description", &::payspec::envelope::Cost::Scalar),
                ("expirationDate", &::payspec::envelope::Cost::Scalar),
                ("failUrl", &::payspec::envelope::Cost::Scalar),
                ("invoiceSetting", &InvoiceSetting),
                ("languageId", &LanguageId),
                ("merchantId", &::payspec::envelope::Cost::Scalar),
                ("merchantOrderId", &::payspec::envelope::Cost::Scalar),
                ("merchantOrderIdVisible", &::payspec::envelope::Cost::Scalar),
                ("metaData", &MetaData),
                ("notificationUrl", &::payspec::envelope::Cost::Scalar),
                ("orderContainerId", &::payspec::envelope::Cost::Scalar),
                ("orderSetting", &OrderSetting),
                ("parentId", &::payspec::envelope::Cost::Scalar),
                ("processable", &::payspec::envelope::Cost::Scalar),
                ("returnUrl", &::payspec::envelope::Cost::Scalar),
                ("seller", &Seller),
                ("shopId", &::payspec::envelope::Cost::Scalar),
                ("successUrl", &::payspec::envelope::Cost::Scalar),
                ("userAccountId", &::payspec::envelope::Cost::Scalar),
                ("vatAmount", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static CreateOrderRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                (
                    "basketItems",
                    &::payspec::envelope::Cost::List {
                        item: &BasketItem,
                        size: ::core::mem::size_of::<types::BasketItem>(),
                        lenient: false,
                    },
                ),
                ("currencyId", &::payspec::envelope::Cost::Scalar),
                ("customer", &Customer),
                ("description", &::payspec::envelope::Cost::Scalar),
                ("expirationDate", &::payspec::envelope::Cost::Scalar),
                ("failUrl", &::payspec::envelope::Cost::Scalar),
                ("invoiceSetting", &InvoiceSetting),
                ("languageId", &LanguageId),
                ("merchantId", &::payspec::envelope::Cost::Scalar),
                ("merchantOrderId", &::payspec::envelope::Cost::Scalar),
                ("merchantOrderIdVisible", &::payspec::envelope::Cost::Scalar),
                ("metaData", &MetaData),
                ("notificationUrl", &::payspec::envelope::Cost::Scalar),
                ("orderContainerId", &::payspec::envelope::Cost::Scalar),
                ("orderSetting", &OrderSetting),
                ("parentId", &::payspec::envelope::Cost::Scalar),
                ("processable", &::payspec::envelope::Cost::Scalar),
                ("returnUrl", &::payspec::envelope::Cost::Scalar),
                ("shopId", &::payspec::envelope::Cost::Scalar),
                ("successUrl", &::payspec::envelope::Cost::Scalar),
                ("userAccountId", &::payspec::envelope::Cost::Scalar),
                ("vatAmount", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static CreateRefundRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                (
                    "basketItems",
                    &::payspec::envelope::Cost::List {
                        item: &BasketItem,
                        size: ::core::mem::size_of::<types::BasketItem>(),
                        lenient: false,
                    },
                ),
                ("description", &::payspec::envelope::Cost::Scalar),
                ("merchantOrderId", &::payspec::envelope::Cost::Scalar),
                ("parentId", &::payspec::envelope::Cost::Scalar),
                ("status", &RefundStatus),
                ("vatAmount", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static CreateShipmentRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                (
                    "basketItems",
                    &::payspec::envelope::Cost::List {
                        item: &BasketItem,
                        size: ::core::mem::size_of::<types::BasketItem>(),
                        lenient: false,
                    },
                ),
                ("documentDate", &::payspec::envelope::Cost::Scalar),
                ("documentNumber", &::payspec::envelope::Cost::Scalar),
                ("final", &::payspec::envelope::Cost::Scalar),
                ("orderId", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static Customer: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("countryId", &::payspec::envelope::Cost::Scalar),
                ("email", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("phone", &::payspec::envelope::Cost::Scalar),
                ("registrationAddress", &::payspec::envelope::Cost::Scalar),
                ("taxRegistrationReasonCode", &::payspec::envelope::Cost::Scalar),
                ("type", &CustomerType),
                ("vatNumber", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static CustomerInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("countryId", &::payspec::envelope::Cost::Scalar),
                ("email", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("phone", &::payspec::envelope::Cost::Scalar),
                ("registrationAddress", &::payspec::envelope::Cost::Scalar),
                ("taxRegistrationReasonCode", &::payspec::envelope::Cost::Scalar),
                ("type", &CustomerType),
                ("vatNumber", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static CustomerPaymentData: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("code", &::payspec::envelope::Cost::Scalar),
                ("publicCode", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static CustomerType: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static ErrorEnvelope: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("code", &::payspec::envelope::Cost::Scalar),
                ("error", &ApiError),
                ("message", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static FieldError: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("code", &::payspec::envelope::Cost::Scalar),
                ("message", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static InvoiceSetting: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                (
                    "customerHiddenFields",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::std::string::String>(),
                        lenient: false,
                    },
                ),
                ("customerLocked", &::payspec::envelope::Cost::Scalar),
                (
                    "customerLockedFields",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::std::string::String>(),
                        lenient: false,
                    },
                ),
                ("deliveryAddress", &::payspec::envelope::Cost::Scalar),
                ("paymentMethodId", &::payspec::envelope::Cost::Scalar),
                ("paymentMethodIdLocked", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static InvoiceSettingInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                (
                    "customerHiddenFields",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::std::string::String>(),
                        lenient: false,
                    },
                ),
                ("customerLocked", &::payspec::envelope::Cost::Scalar),
                (
                    "customerLockedFields",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::std::string::String>(),
                        lenient: false,
                    },
                ),
                ("deliveryAddress", &::payspec::envelope::Cost::Scalar),
                ("paymentMethodId", &::payspec::envelope::Cost::Scalar),
                ("paymentMethodIdLocked", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static LanguageId: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static MetaData: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Boxed {
        inner: &::payspec::envelope::Cost::Untyped,
        size: 0,
    };
    pub static NotificationReply: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("code", &::payspec::envelope::Cost::Scalar),
                ("message", &::payspec::envelope::Cost::Scalar),
                ("status", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static Order: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                (
                    "basketItems",
                    &::payspec::envelope::Cost::List {
                        item: &BasketItemInfo,
                        size: ::core::mem::size_of::<types::BasketItemInfo>(),
                        lenient: false,
                    },
                ),
                ("createdAt", &::payspec::envelope::Cost::Scalar),
                ("currencyId", &::payspec::envelope::Cost::Scalar),
                ("customer", &CustomerInfo),
                ("description", &::payspec::envelope::Cost::Scalar),
                ("expirationDate", &::payspec::envelope::Cost::Scalar),
                ("failUrl", &::payspec::envelope::Cost::Scalar),
                ("fileIds", &::payspec::envelope::Cost::Untyped),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("invoiceSetting", &InvoiceSettingInfo),
                ("languageId", &LanguageId),
                ("merchantId", &::payspec::envelope::Cost::Scalar),
                ("merchantOrderId", &::payspec::envelope::Cost::Scalar),
                ("merchantOrderIdVisible", &::payspec::envelope::Cost::Scalar),
                ("metaData", &MetaData),
                ("notificationUrl", &::payspec::envelope::Cost::Scalar),
                ("orderContainerId", &::payspec::envelope::Cost::Scalar),
                ("orderSetting", &OrderSettingInfo),
                ("paidAt", &::payspec::envelope::Cost::Scalar),
                ("parentId", &::payspec::envelope::Cost::Scalar),
                ("paymentUrl", &::payspec::envelope::Cost::Scalar),
                ("processable", &::payspec::envelope::Cost::Scalar),
                ("processingStatus", &::payspec::envelope::Cost::Scalar),
                ("returnUrl", &::payspec::envelope::Cost::Scalar),
                ("shopId", &::payspec::envelope::Cost::Scalar),
                ("status", &OrderStatus),
                ("subtype", &::payspec::envelope::Cost::Scalar),
                ("successUrl", &::payspec::envelope::Cost::Scalar),
                ("userAccountId", &::payspec::envelope::Cost::Scalar),
                ("vatAmount", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static OrderEnvelope: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("data", &Order),
                ("extendedData", &::payspec::envelope::Cost::Untyped),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static OrderListEnvelope: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                (
                    "data",
                    &::payspec::envelope::Cost::List {
                        item: &Order,
                        size: ::core::mem::size_of::<types::Order>(),
                        lenient: false,
                    },
                ),
                ("extendedData", &::payspec::envelope::Cost::Untyped),
                ("metaData", &PageMeta),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static OrderNotification: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                (
                    "basketItems",
                    &::payspec::envelope::Cost::List {
                        item: &BasketItemInfo,
                        size: ::core::mem::size_of::<types::BasketItemInfo>(),
                        lenient: false,
                    },
                ),
                ("createdAt", &::payspec::envelope::Cost::Scalar),
                ("currencyId", &::payspec::envelope::Cost::Scalar),
                ("customer", &CustomerInfo),
                ("description", &::payspec::envelope::Cost::Scalar),
                ("expirationDate", &::payspec::envelope::Cost::Scalar),
                ("failUrl", &::payspec::envelope::Cost::Scalar),
                ("fileIds", &::payspec::envelope::Cost::Untyped),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("invoiceSetting", &InvoiceSettingInfo),
                ("languageId", &LanguageId),
                ("merchantId", &::payspec::envelope::Cost::Scalar),
                ("merchantOrderId", &::payspec::envelope::Cost::Scalar),
                ("merchantOrderIdVisible", &::payspec::envelope::Cost::Scalar),
                ("metaData", &MetaData),
                ("notificationUrl", &::payspec::envelope::Cost::Scalar),
                ("orderContainerId", &::payspec::envelope::Cost::Scalar),
                ("orderSetting", &OrderSettingInfo),
                ("paidAt", &::payspec::envelope::Cost::Scalar),
                ("parentId", &::payspec::envelope::Cost::Scalar),
                ("paymentUrl", &::payspec::envelope::Cost::Scalar),
                ("processable", &::payspec::envelope::Cost::Scalar),
                ("processingStatus", &::payspec::envelope::Cost::Scalar),
                ("returnUrl", &::payspec::envelope::Cost::Scalar),
                ("shopId", &::payspec::envelope::Cost::Scalar),
                ("status", &OrderStatus),
                ("subtype", &::payspec::envelope::Cost::Scalar),
                ("successUrl", &::payspec::envelope::Cost::Scalar),
                ("userAccountId", &::payspec::envelope::Cost::Scalar),
                ("vatAmount", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static OrderSetting: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("disableValidate", &::payspec::envelope::Cost::Scalar),
                ("roundPolicy", &RoundPolicy),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static OrderSettingInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("disableValidate", &::payspec::envelope::Cost::Scalar),
                ("roundPolicy", &RoundPolicy),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static OrderStatus: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static PageMeta: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("page", &::payspec::envelope::Cost::Scalar),
                ("pageSize", &::payspec::envelope::Cost::Scalar),
                ("totalCount", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static PayRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("customer", &Customer),
                ("customerPaymentData", &CustomerPaymentData),
                ("languageId", &LanguageId),
                ("paymentMethodId", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static PaymentMethodAnswer: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("result", &::payspec::envelope::Cost::Scalar),
                ("resultData", &::payspec::envelope::Cost::Untyped),
                ("resultNote", &::payspec::envelope::Cost::Scalar),
                ("type", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static PaymentMethodAnswerEnvelope: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("data", &PaymentMethodAnswer),
                ("extendedData", &::payspec::envelope::Cost::Untyped),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static PaymentType: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static Refund: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                (
                    "basketItems",
                    &::payspec::envelope::Cost::List {
                        item: &BasketItemInfo,
                        size: ::core::mem::size_of::<types::BasketItemInfo>(),
                        lenient: false,
                    },
                ),
                ("createdAt", &::payspec::envelope::Cost::Scalar),
                ("currencyId", &::payspec::envelope::Cost::Scalar),
                ("description", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("merchantId", &::payspec::envelope::Cost::Scalar),
                ("merchantOrderId", &::payspec::envelope::Cost::Scalar),
                ("parentId", &::payspec::envelope::Cost::Scalar),
                ("status", &RefundStatus),
                ("vatAmount", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static RefundEnvelope: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("data", &Refund),
                ("extendedData", &::payspec::envelope::Cost::Untyped),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static RefundListEnvelope: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                (
                    "data",
                    &::payspec::envelope::Cost::List {
                        item: &Refund,
                        size: ::core::mem::size_of::<types::Refund>(),
                        lenient: false,
                    },
                ),
                ("extendedData", &::payspec::envelope::Cost::Untyped),
                ("metaData", &PageMeta),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static RefundStatus: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static RoundPolicy: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static Seller: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("countryId", &::payspec::envelope::Cost::Scalar),
                ("taxRegistrationReasonCode", &::payspec::envelope::Cost::Scalar),
                ("type", &::payspec::envelope::Cost::Scalar),
                ("vatNumber", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static Shipment: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                (
                    "basketItems",
                    &::payspec::envelope::Cost::List {
                        item: &BasketItemInfo,
                        size: ::core::mem::size_of::<types::BasketItemInfo>(),
                        lenient: false,
                    },
                ),
                ("createdAt", &::payspec::envelope::Cost::Scalar),
                ("documentDate", &::payspec::envelope::Cost::Scalar),
                ("documentNumber", &::payspec::envelope::Cost::Scalar),
                ("final", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("merchantId", &::payspec::envelope::Cost::Scalar),
                ("orderId", &::payspec::envelope::Cost::Scalar),
                ("status", &ShipmentStatus),
                ("type", &::payspec::envelope::Cost::Scalar),
                ("vatAmount", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static ShipmentEnvelope: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("data", &Shipment),
                ("extendedData", &::payspec::envelope::Cost::Untyped),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static ShipmentListEnvelope: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                (
                    "data",
                    &::payspec::envelope::Cost::List {
                        item: &Shipment,
                        size: ::core::mem::size_of::<types::Shipment>(),
                        lenient: false,
                    },
                ),
                ("extendedData", &::payspec::envelope::Cost::Untyped),
                ("metaData", &PageMeta),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static ShipmentStatus: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static UpdateOrderMerchantRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("merchantId", &::payspec::envelope::Cost::Scalar),
                ("orderId", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static UpdateOrderRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                (
                    "basketItems",
                    &::payspec::envelope::Cost::List {
                        item: &BasketItem,
                        size: ::core::mem::size_of::<types::BasketItem>(),
                        lenient: false,
                    },
                ),
                ("customer", &Customer),
                ("description", &::payspec::envelope::Cost::Scalar),
                ("expirationDate", &::payspec::envelope::Cost::Scalar),
                ("metaData", &MetaData),
                ("shopId", &::payspec::envelope::Cost::Scalar),
                ("vatAmount", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static UpdateOrderStatusRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("status", &OrderStatus)],
            extra: false,
            buffered: false,
        },
    );
    pub static ValidateRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("customer", &Customer),
                ("languageId", &LanguageId),
                ("paymentMethodId", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static VatCode: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
}
/// How decoding each operation's success answer allocates, from its Rust type: the
/// client refuses a 2xx JSON answer whose decoding would cost more than
/// `payspec::envelope::DECODE_BUDGET` allows, before decoding it.
pub static DECODE_COSTS: &[(&str, &::payspec::envelope::Cost)] = &[
    ("agent_order_create", &decode_costs::OrderEnvelope),
    ("auth_check", &decode_costs::CheckAuthEnvelope),
    ("correction_order_create", &decode_costs::OrderEnvelope),
    ("counterparty_lookup", &decode_costs::CounterpartyListEnvelope),
    ("order_cancel", &decode_costs::OrderEnvelope),
    ("order_create", &decode_costs::OrderEnvelope),
    ("order_get", &decode_costs::OrderEnvelope),
    ("order_list", &decode_costs::OrderListEnvelope),
    ("order_merchant_move", &decode_costs::OrderEnvelope),
    ("order_status_update", &decode_costs::OrderEnvelope),
    ("order_update", &decode_costs::OrderEnvelope),
    ("payment_method_pay", &decode_costs::PaymentMethodAnswerEnvelope),
    ("payment_method_send_code", &decode_costs::PaymentMethodAnswerEnvelope),
    ("payment_method_validate", &decode_costs::PaymentMethodAnswerEnvelope),
    ("refund_basket_items", &decode_costs::BasketItemListEnvelope),
    ("refund_create", &decode_costs::RefundEnvelope),
    ("refund_list", &decode_costs::RefundListEnvelope),
    ("shipment_create", &decode_costs::ShipmentEnvelope),
    ("shipment_list", &decode_costs::ShipmentListEnvelope),
];
/// The signatures the client computes, from each operation's `x-signature` in the spec.
pub const SIGNATURES: &[::payspec::auth::SignatureRecipe] = &[];
/// The body fields the client fills from its configuration when the caller leaves them
/// out, from each operation's `x-client-fills` in the spec.
pub const CLIENT_FILLS: &[(&str, &[&str])] = &[
    ("correction_order_create", &["merchantId"]),
    ("order_create", &["merchantId"]),
];
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
/// | `agent_order_create` | never | Not retried automatically (the agent page does not say what a repeated order number does, https://docs.invoicebox.ru/docs/merchant/order/agent-create/): after an uncertain failure look the order up with `order_list` by `merchantOrderId` before creating it again. |
/// | `auth_check` | yes |  |
/// | `correction_order_create` | never | Not retried automatically: after an uncertain failure look the correction order up with `order_list` by `merchantOrderId` before creating it again (https://docs.invoicebox.ru/docs/merchant/order/get/, https://docs.invoicebox.ru/docs/merchant/refund/correction/). |
/// | `counterparty_lookup` | yes |  |
/// | `order_cancel` | never | Not retried automatically (cancelling can reverse a guarantee or pre-authorised payment, https://docs.invoicebox.ru/docs/merchant/order/delete/): after an uncertain failure read the order with `order_list` by `id`; `status` `canceled` means the cancel went through. |
/// | `order_create` | never | Not retried automatically: `merchantOrderId` must be unique per store and a reuse is documented to fail with `merchant_order_id_duplicate` (https://docs.invoicebox.ru/docs/merchant/order/create/, https://docs.invoicebox.ru/docs/dictionary/error/), but the official MCP server says uniqueness is not checked by default (https://github.com/InvoiceBox/invoicebox-mcp-server/blob/4b62bec2d8298029c0624639e9e643d0c9b915d9/src/tools/reads.ts), so after an uncertain failure look the order up with `order_list` by `merchantOrderId` before creating it again. |
/// | `order_get` | yes |  |
/// | `order_list` | yes |  |
/// | `order_merchant_move` | never | Not retried automatically: after an uncertain failure read the order with `order_list` by `id` and check its `merchantId` before moving it again. |
/// | `order_status_update` | never | Not retried automatically: after an uncertain failure read the order with `order_list` by `id` and check its `status` before setting it again. |
/// | `order_update` | never | Not retried automatically: after an uncertain failure read the order with `order_list` by `id` (or `order_get`) and compare it with the intended change before sending it again. |
/// | `payment_method_pay` | never | Not retried automatically: after an uncertain failure read the order with `order_list` by `id`; `status` `completed` means it was paid (a second `pay` may answer `alreadyPaid`, but the docs do not promise it; https://docs.invoicebox.ru/docs/merchant/guarantee/pay/). |
/// | `payment_method_send_code` | never |  |
/// | `payment_method_validate` | yes | Safe to repeat: it only checks whether the buyer can pay the order with the instrument (`result` `available`, `notRegistered` or `notEnoughMoney`) and neither sends a code nor pays (https://docs.invoicebox.ru/docs/merchant/guarantee/validate/). |
/// | `refund_basket_items` | yes |  |
/// | `refund_create` | never | Never repeated automatically: the docs call a refund's `merchantOrderId` unique (https://docs.invoicebox.ru/docs/merchant/refund/create/) but do not say what a second refund with the same one gets (no error code is documented for it), so a repeat after a lost answer could refund twice; after an uncertain failure look the refund up with `refund_list` by `merchantOrderId` before sending it again. |
/// | `refund_list` | yes |  |
/// | `shipment_create` | never | Not retried automatically: after an uncertain failure list the order's shipments with `shipment_list` by `orderId` before reporting the shipment again (https://docs.invoicebox.ru/docs/merchant/order/shipment_get/). |
/// | `shipment_list` | yes |  |
pub const IDEMPOTENT: &[&str] = &[
    "auth_check",
    "counterparty_lookup",
    "order_get",
    "order_list",
    "payment_method_validate",
    "refund_basket_items",
    "refund_list",
    "shipment_list",
];
/// What each operation's `send()` does with an answer, sorted by operation: the
/// statuses it declares and how it decodes the success (see `payspec::hooks::Answers`).
pub const ANSWERS: &[::payspec::hooks::Answers] = &[
    ::payspec::hooks::Answers {
        operation: "agent_order_create",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OrderEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "auth_check",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::CheckAuthEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "correction_order_create",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OrderEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "counterparty_lookup",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::CounterpartyListEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "order_cancel",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OrderEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "order_create",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OrderEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "order_get",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OrderEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "order_list",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OrderListEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "order_merchant_move",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OrderEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "order_status_update",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OrderEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "order_update",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OrderEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "payment_method_pay",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::PaymentMethodAnswerEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "payment_method_send_code",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::PaymentMethodAnswerEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "payment_method_validate",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::PaymentMethodAnswerEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "refund_basket_items",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::BasketItemListEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "refund_create",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::RefundEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "refund_list",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::RefundListEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "shipment_create",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ShipmentEnvelope>()),
    },
    ::payspec::hooks::Answers {
        operation: "shipment_list",
        statuses: &[(200u16, 200u16), (400u16, 499u16), (500u16, 599u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ShipmentListEnvelope>()),
    },
];
/// The members each operation's success answer may carry (its `200` JSON schema):
/// an object answer with members, none of them among these, is in no documented shape
/// and becomes a decode error, as does a list none of whose items is.
pub const SUCCESS_MEMBERS: &[::payspec::envelope::SuccessMembers] = &[
    ::payspec::envelope::SuccessMembers {
        operation: "agent_order_create",
        members: &["data", "extendedData"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "correction_order_create",
        members: &["data", "extendedData"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "order_create",
        members: &["data", "extendedData"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "order_merchant_move",
        members: &["data", "extendedData"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "order_get",
        members: &["data", "extendedData"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "order_update",
        members: &["data", "extendedData"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "order_cancel",
        members: &["data", "extendedData"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "refund_basket_items",
        members: &["data", "extendedData"],
        items: &[],
        lists: &[
            (
                "data",
                &[
                    "amount",
                    "amountWoVat",
                    "availableAmount",
                    "availableVatAmount",
                    "category",
                    "categoryType",
                    "excise",
                    "grossWeight",
                    "groupName",
                    "measure",
                    "measureCode",
                    "metaData",
                    "name",
                    "netWeight",
                    "originCountry",
                    "originCountryCode",
                    "paymentType",
                    "quantity",
                    "serviceDate",
                    "sku",
                    "totalAmount",
                    "totalVatAmount",
                    "type",
                    "vatCode",
                ],
            ),
        ],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "refund_create",
        members: &["data", "extendedData"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "shipment_create",
        members: &["data", "extendedData"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_method_pay",
        members: &["data", "extendedData"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_method_send_code",
        members: &["data", "extendedData"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_method_validate",
        members: &["data", "extendedData"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "order_status_update",
        members: &["data", "extendedData"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "counterparty_lookup",
        members: &["data", "extendedData", "metaData"],
        items: &[],
        lists: &[
            (
                "data",
                &[
                    "id",
                    "name",
                    "nameFull",
                    "nameI18n",
                    "postAddress",
                    "postAddressZip",
                    "registrationAddress",
                    "registrationDate",
                    "registrationNumber",
                    "taxRegistrationReasonCode",
                    "vatNumber",
                ],
            ),
        ],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "order_list",
        members: &["data", "extendedData", "metaData"],
        items: &[],
        lists: &[
            (
                "data",
                &[
                    "amount",
                    "basketItems",
                    "createdAt",
                    "currencyId",
                    "customer",
                    "description",
                    "expirationDate",
                    "failUrl",
                    "fileIds",
                    "id",
                    "invoiceSetting",
                    "languageId",
                    "merchantId",
                    "merchantOrderId",
                    "merchantOrderIdVisible",
                    "metaData",
                    "notificationUrl",
                    "orderContainerId",
                    "orderSetting",
                    "paidAt",
                    "parentId",
                    "paymentUrl",
                    "processable",
                    "processingStatus",
                    "returnUrl",
                    "shopId",
                    "status",
                    "subtype",
                    "successUrl",
                    "userAccountId",
                    "vatAmount",
                ],
            ),
        ],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "refund_list",
        members: &["data", "extendedData", "metaData"],
        items: &[],
        lists: &[
            (
                "data",
                &[
                    "amount",
                    "basketItems",
                    "createdAt",
                    "currencyId",
                    "description",
                    "id",
                    "merchantId",
                    "merchantOrderId",
                    "parentId",
                    "status",
                    "vatAmount",
                ],
            ),
        ],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "shipment_list",
        members: &["data", "extendedData", "metaData"],
        items: &[],
        lists: &[
            (
                "data",
                &[
                    "amount",
                    "basketItems",
                    "createdAt",
                    "documentDate",
                    "documentNumber",
                    "final",
                    "id",
                    "merchantId",
                    "orderId",
                    "status",
                    "type",
                    "vatAmount",
                ],
            ),
        ],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "auth_check",
        members: &["data", "extendedData"],
        items: &[],
        lists: &[],
    },
];
/// How the error envelope `ErrorEnvelope` is recognised, with its documented messages and codes (`x-envelope`, `x-known-messages`, `x-known-codes`, `x-success-codes` in the spec).
pub const ENVELOPE: ::payspec::envelope::Envelope = ::payspec::envelope::Envelope {
    schema: "ErrorEnvelope",
    member: ::std::option::Option::Some("error"),
    marker: &["error"],
    test: ::payspec::envelope::Test::Present,
    absent: ::payspec::envelope::Absent::Success,
    http_errors: true,
    unless: &["data"],
    code: &[&["error", "code"]],
    messages: &[&["error", "message"]],
    auth_status: &[401u16, 403u16],
    known_messages: &[],
    known_codes: &[
        ::payspec::envelope::KnownCode {
            code: "unauthorized",
            status: ::std::option::Option::Some(401u16),
            kind: ::payspec::RejectionKind::Authentication,
        },
        ::payspec::envelope::KnownCode {
            code: "forbidden",
            status: ::std::option::Option::Some(403u16),
            kind: ::payspec::RejectionKind::Authentication,
        },
        ::payspec::envelope::KnownCode {
            code: "wrong_expiration_date",
            status: ::std::option::Option::Some(422u16),
            kind: ::payspec::RejectionKind::Provider,
        },
        ::payspec::envelope::KnownCode {
            code: "wrong_currency",
            status: ::std::option::Option::Some(422u16),
            kind: ::payspec::RejectionKind::Provider,
        },
        ::payspec::envelope::KnownCode {
            code: "language_not_found",
            status: ::std::option::Option::Some(422u16),
            kind: ::payspec::RejectionKind::Provider,
        },
        ::payspec::envelope::KnownCode {
            code: "wrong_basket_item_total_amount",
            status: ::std::option::Option::Some(422u16),
            kind: ::payspec::RejectionKind::Provider,
        },
        ::payspec::envelope::KnownCode {
            code: "wrong_basket_item_total_vat_amount",
            status: ::std::option::Option::Some(422u16),
            kind: ::payspec::RejectionKind::Provider,
        },
        ::payspec::envelope::KnownCode {
            code: "wrong_basket_item_amount_wo_vat",
            status: ::std::option::Option::Some(422u16),
            kind: ::payspec::RejectionKind::Provider,
        },
        ::payspec::envelope::KnownCode {
            code: "wrong_total_amount",
            status: ::std::option::Option::Some(422u16),
            kind: ::payspec::RejectionKind::Provider,
        },
        ::payspec::envelope::KnownCode {
            code: "wrong_total_vat_amount",
            status: ::std::option::Option::Some(422u16),
            kind: ::payspec::RejectionKind::Provider,
        },
        ::payspec::envelope::KnownCode {
            code: "wrong_order_status",
            status: ::std::option::Option::Some(422u16),
            kind: ::payspec::RejectionKind::Provider,
        },
        ::payspec::envelope::KnownCode {
            code: "merchant_order_id_duplicate",
            status: ::std::option::Option::Some(422u16),
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
/// The credential `merchantId` (`securitySchemes` or `x-auth` in the spec).
pub const CREDENTIAL_MERCHANT_ID: ::payspec::envelope::Credential = ::payspec::envelope::Credential {
    name: "merchantId",
    placement: ::payspec::envelope::Placement::Body,
    scheme: ::std::option::Option::None,
};
/// Every credential, from `securitySchemes` and `x-auth` in the spec.
pub const CREDENTIALS: &[::payspec::envelope::Credential] = &[
    CREDENTIAL_BEARER,
    CREDENTIAL_MERCHANT_ID,
];
/// The path of the operation that fetches the session token (the `x-auth` item with
/// `operation` in the spec), if the provider has one.
pub const TOKEN_ENDPOINT: ::std::option::Option<&str> = ::std::option::Option::None;
/// The checks made before sending (`x-pre-send-check`, `x-non-empty-path-parameters`).
pub const PRE_SEND_CHECKS: &[::payspec::envelope::PreSendCheck] = &[
    ::payspec::envelope::PreSendCheck {
        operation: "agent_order_create",
        check: ::payspec::envelope::Check::BasketTotals,
    },
    ::payspec::envelope::PreSendCheck {
        operation: "correction_order_create",
        check: ::payspec::envelope::Check::BasketTotals,
    },
    ::payspec::envelope::PreSendCheck {
        operation: "order_create",
        check: ::payspec::envelope::Check::BasketTotals,
    },
    ::payspec::envelope::PreSendCheck {
        operation: "order_update",
        check: ::payspec::envelope::Check::BasketTotals,
    },
    ::payspec::envelope::PreSendCheck {
        operation: "refund_create",
        check: ::payspec::envelope::Check::BasketTotals,
    },
    ::payspec::envelope::PreSendCheck {
        operation: "shipment_create",
        check: ::payspec::envelope::Check::BasketTotals,
    },
];
/// The base URLs of the spec's `servers`, in its order (a `{variable}` stays as written).
pub const SERVERS: &[&str] = &[
    "https://api.invoicebox.ru/v3",
    "https://api.invoicebox.ru/l3",
    "https://api.stage.invbox.ru/v3",
];
/// Every code the spec documents (`x-known-codes`), by name.
pub mod known_codes {
    /// The documented code `forbidden` (`x-known-codes` in the spec).
    pub const FORBIDDEN: &str = "forbidden";
    /// The documented code `language_not_found` (`x-known-codes` in the spec).
    pub const LANGUAGE_NOT_FOUND: &str = "language_not_found";
    /// The documented code `merchant_order_id_duplicate` (`x-known-codes` in the spec).
    pub const MERCHANT_ORDER_ID_DUPLICATE: &str = "merchant_order_id_duplicate";
    /// The documented code `order_already_paid` (`x-known-codes` in the spec).
    pub const ORDER_ALREADY_PAID: &str = "order_already_paid";
    /// The documented code `order_not_found` (`x-known-codes` in the spec).
    pub const ORDER_NOT_FOUND: &str = "order_not_found";
    /// The documented code `order_wrong_amount` (`x-known-codes` in the spec).
    pub const ORDER_WRONG_AMOUNT: &str = "order_wrong_amount";
    /// The documented code `out_of_service` (`x-known-codes` in the spec).
    pub const OUT_OF_SERVICE: &str = "out_of_service";
    /// The documented code `shipping_unavailable` (`x-known-codes` in the spec).
    pub const SHIPPING_UNAVAILABLE: &str = "shipping_unavailable";
    /// The documented code `signature_error` (`x-known-codes` in the spec).
    pub const SIGNATURE_ERROR: &str = "signature_error";
    /// The documented code `unauthorized` (`x-known-codes` in the spec).
    pub const UNAUTHORIZED: &str = "unauthorized";
    /// The documented code `wrong_basket_item_amount_wo_vat` (`x-known-codes` in the spec).
    pub const WRONG_BASKET_ITEM_AMOUNT_WO_VAT: &str = "wrong_basket_item_amount_wo_vat";
    /// The documented code `wrong_basket_item_total_amount` (`x-known-codes` in the spec).
    pub const WRONG_BASKET_ITEM_TOTAL_AMOUNT: &str = "wrong_basket_item_total_amount";
    /// The documented code `wrong_basket_item_total_vat_amount` (`x-known-codes` in the spec).
    pub const WRONG_BASKET_ITEM_TOTAL_VAT_AMOUNT: &str = "wrong_basket_item_total_vat_amount";
    /// The documented code `wrong_currency` (`x-known-codes` in the spec).
    pub const WRONG_CURRENCY: &str = "wrong_currency";
    /// The documented code `wrong_expiration_date` (`x-known-codes` in the spec).
    pub const WRONG_EXPIRATION_DATE: &str = "wrong_expiration_date";
    /// The documented code `wrong_order_status` (`x-known-codes` in the spec).
    pub const WRONG_ORDER_STATUS: &str = "wrong_order_status";
    /// The documented code `wrong_total_amount` (`x-known-codes` in the spec).
    pub const WRONG_TOTAL_AMOUNT: &str = "wrong_total_amount";
    /// The documented code `wrong_total_vat_amount` (`x-known-codes` in the spec).
    pub const WRONG_TOTAL_VAT_AMOUNT: &str = "wrong_total_vat_amount";
}
