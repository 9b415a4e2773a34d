// @generated from specs/crystalpay.yaml by `cargo xtask generate` — do not edit.
// Provider: crystalpay. Edit the spec and regenerate instead.
#![allow(clippy::all, unused_imports, dead_code, missing_docs, unreachable_pub, rustdoc::all)]

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`BalanceGetRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BalanceGetRequest {
        ///Internal balance / method name, e.g. `USDTTRC`.
        pub method: ::std::string::String,
    }
    impl BalanceGetRequest {
        pub fn builder() -> builder::BalanceGetRequest {
            Default::default()
        }
    }
    ///One balance. `amount` is the balance in `currency` (string decimal); `amount_accuracy` is the number of digits after the decimal point. `method` is only present in the `balance/get` answer (in `balance/list` it is the map key).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BalanceItem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_accuracy: ::std::option::Option<::payspec::Int>,
        ///Currency of the balance, e.g. "USDT".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        ///Internal balance / method name (balance/get only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub method: ::std::option::Option<::std::string::String>,
        ///Display name, e.g. "USDT TRC-20".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl BalanceItem {
        pub fn builder() -> builder::BalanceItem {
            Default::default()
        }
    }
    ///`BalanceListRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct BalanceListRequest {
        ///Leave zero balances out.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hide_empty: ::std::option::Option<bool>,
    }
    impl BalanceListRequest {
        pub fn builder() -> builder::BalanceListRequest {
            Default::default()
        }
    }
    ///`BalanceListResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BalanceListResponse {
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items: ::std::option::Option<
            ::payspec::LenientMap<crate::generated::types::BalanceItem>,
        >,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl BalanceListResponse {
        pub fn builder() -> builder::BalanceListResponse {
            Default::default()
        }
    }
    ///One callback delivery. `attempts`: number of delivery attempts (integer).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CallbackDelivery {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attempts: ::std::option::Option<::payspec::Int>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        ///Datetime of the last attempt.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_at: ::std::option::Option<::std::string::String>,
        ///Last answer received, as `"<http status> => <body>"`, e.g. "200 => OK".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_response: ::std::option::Option<::std::string::String>,
        ///Delivery state; only `success` has been seen.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        ///URL the callback was sent to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CallbackDelivery {
        pub fn builder() -> builder::CallbackDelivery {
            Default::default()
        }
    }
    ///`CallbackListResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CallbackListResponse {
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items: ::std::option::Option<
            ::payspec::LenientList<crate::generated::types::CallbackDelivery>,
        >,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CallbackListResponse {
        pub fn builder() -> builder::CallbackListResponse {
            Default::default()
        }
    }
    ///A commission as a fixed `amount` plus a `percent` (both string decimals).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Commissions {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub percent: ::std::option::Option<::payspec::Decimal>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Commissions {
        pub fn builder() -> builder::Commissions {
            Default::default()
        }
    }
    ///Success answer without fields of its own: only the envelope `{"error": false, "errors": []}`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct EmptyResponse {
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl EmptyResponse {
        pub fn builder() -> builder::EmptyResponse {
            Default::default()
        }
    }
    /**Failure answer. CrystalPay reports errors with HTTP 200 too: `error` is `true` and `errors` is a list of human-readable messages, e.g. ``["`amount` field is required"]``. Successful answers carry `error: false` and `errors: []` next to their own fields.
How the client recognises a refusal (`x-envelope`): `error` with any value but `false`, `0`, `"0"`, `"false"` or `""` (compared as text, ignoring case) is a refusal; a missing, `null` or non-scalar `error` is one only with an HTTP status outside 2xx (inferred: the docs show only `true` and `false`, the SDKs test truthiness). HTTP 401 is an authentication error. No authentication message is documented; the client takes a message that names a credential field or speaks of авторизация (authorization) as one (`x-known-messages`, `match: contains`, inferred from the `auth_login` / `auth_secret` fields every request carries, root `x-auth`).*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FailEnvelope {
        ///`true` on failure (`false` on success). The client takes any truthy value (`true`, `1`, `"1"`, `"true"`) as a refusal.
        pub error: ::payspec::Flag,
        ///Human-readable error messages, e.g. "`amount` field is required".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FailEnvelope {
        pub fn builder() -> builder::FailEnvelope {
            Default::default()
        }
    }
    ///Body of the payment callback CrystalPay POSTs as JSON to an invoice's `callback_url` (no path here: OpenAPI 3.0 has no webhooks). The v3 callback page was not available: this follows the official v2 callback page and v3 integrations. The body is the invoice object (the `invoice/info` fields, without `error` / `errors`) plus `signature`. Check `signature == lowercase hex sha1("{id}:{salt}")` in constant time, then re-read the invoice with `invoice/info` and act only on `state == payed`. The expected answer is not documented; the delivery log records `200 => OK` as success, so answer HTTP 200 (other answers are presumably retried). v2 bodies used v2 names (`service_commission`, `extra_commission`, `pay_amount`, numeric amounts). Payout callbacks presumably use the same signature formula with the payout id. Members the spec does not name are kept (`additionalProperties`). In the Rust client they are the `extra` map, and CrystalPay's own `extra` member (the merchant's data) lands there too, as `extra["extra"]`, since the generator names the map `extra`; `merchant_extra()` reads it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoiceCallback {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balance_amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub callback_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commission_amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expired_at: ::std::option::Option<::std::string::String>,
        ///v2 name: the merchant's extra commission (a number in v2). Same sources as `service_commission`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extra_commission: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub final_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::payspec::Text>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub initial_amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub method: ::std::option::Option<::std::string::String>,
        ///v2 name: the amount the payer has to pay in the method's currency (a number in v2). Same sources as `service_commission`; v3 bodies presumably send `initial_amount`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub remaining_amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub required_method: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rub_amount: ::std::option::Option<::payspec::Decimal>,
        ///v2 name: the platform commission (a number in v2). Shown in the example body of https://docs.crystalpay.io/2/callback/uvedomlenie-ob-oplate and read by the callback model of https://github.com/Fsoky/crystalpayio/blob/81247094011d69369a448d68ab5a20633a894f43/crystalpayio/utils/models.py (PaymentEvent); v3 bodies presumably send `commission_amount` instead.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_commission: ::std::option::Option<::payspec::Decimal>,
        ///Lowercase hex sha1 of `{id}:{salt}`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub signature: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<crate::generated::types::InvoiceState>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtract_from: ::std::option::Option<crate::generated::types::SubtractFrom>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::generated::types::InvoiceType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InvoiceCallback {
        pub fn builder() -> builder::InvoiceCallback {
            Default::default()
        }
    }
    ///invoice/create body (credentials are added by the client). `amount`: invoice amount in `currency` (DecimalNumber).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoiceCreateRequest {
        pub amount: ::payspec::DecimalNumber,
        ///URL that receives the HTTP payment callback (`InvoiceCallback`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub callback_url: ::std::option::Option<::std::string::String>,
        ///Invoice currency, RUB by default. Formerly named `amount_currency`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///Description or purpose of the payment, shown to the payer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Any merchant data, e.g. the payment id in your system; returned in invoice/info and callbacks.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extra: ::std::option::Option<::std::string::String>,
        ///Invoice lifetime in minutes (at most 4320 = 3 days, per SDKs).
        pub lifetime: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payer_details: ::std::option::Option<PayerDetails>,
        ///Where the payer is sent after payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_url: ::std::option::Option<::std::string::String>,
        ///Method code fixed in advance; the payer cannot choose another one.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub required_method: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtract_from: ::std::option::Option<crate::generated::types::SubtractFrom>,
        #[serde(rename = "type")]
        pub type_: crate::generated::types::InvoiceType,
    }
    impl InvoiceCreateRequest {
        pub fn builder() -> builder::InvoiceCreateRequest {
            Default::default()
        }
    }
    ///The created invoice. `rub_amount`: amount in roubles; `amount`: amount in `currency` (both string decimals). Older v3 revisions returned only `id`, `url`, `type` and `rub_amount`, so nothing is required.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoiceCreateResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::Decimal>,
        ///Invoice currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        ///Invoice id, e.g. "123456789_abcdefghij".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rub_amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtract_from: ::std::option::Option<crate::generated::types::SubtractFrom>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::generated::types::InvoiceType>,
        ///Payment page URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InvoiceCreateResponse {
        pub fn builder() -> builder::InvoiceCreateResponse {
            Default::default()
        }
    }
    ///`InvoiceIdRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoiceIdRequest {
        ///Invoice id, e.g. `123456789_abcdefghij`.
        pub id: ::std::string::String,
    }
    impl InvoiceIdRequest {
        pub fn builder() -> builder::InvoiceIdRequest {
            Default::default()
        }
    }
    ///An invoice (union of the two official page revisions; the newer adds `subtract_from`, `currency`, `amount`). String decimals: `rub_amount` (amount in roubles), `amount` (amount in `currency`), `initial_amount`, `remaining_amount` (left to pay), `balance_amount` (credited to the balance), `commission_amount`. Paid means `state == payed`. Members the spec does not name are kept (`additionalProperties`). In the Rust client they are the `extra` map, and CrystalPay's own `extra` member (the merchant's data) lands there too, as `extra["extra"]`, since the generator names the map `extra`; `merchant_extra()` reads it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct InvoiceInfo {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::Decimal>,
        ///Currency of `amount` (older name, still sent).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balance_amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub callback_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commission_amount: ::std::option::Option<::payspec::Decimal>,
        ///Creation datetime, `YYYY-MM-DD HH:MM:SS`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        ///Invoice currency (newer revision).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        ///Expiry datetime.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expired_at: ::std::option::Option<::std::string::String>,
        ///When the invoice reached a final state; null before.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub final_at: ::std::option::Option<::std::string::String>,
        ///Invoice id, e.g. "123456789_abcdefghij".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub initial_amount: ::std::option::Option<::payspec::Decimal>,
        ///Method chosen by the payer; null until chosen.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub method: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub remaining_amount: ::std::option::Option<::payspec::Decimal>,
        ///Method fixed at creation, if any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub required_method: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rub_amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<crate::generated::types::InvoiceState>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtract_from: ::std::option::Option<crate::generated::types::SubtractFrom>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::generated::types::InvoiceType>,
        ///Payment page URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InvoiceInfo {
        pub fn builder() -> builder::InvoiceInfo {
            Default::default()
        }
    }
    ///Minimum and maximum amount (string decimals; "0" presumably means no limit).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Limits {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub max: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub min: ::std::option::Option<::payspec::Decimal>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Limits {
        pub fn builder() -> builder::Limits {
            Default::default()
        }
    }
    ///Cash-desk information. `id` is numeric on the wire (decoded as text); `status_level` is the verification level.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct MeInfo {
        ///Creation datetime, `YYYY-MM-DD HH:MM:SS`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::payspec::Text>,
        ///Cash-desk name (= login).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status_level: ::std::option::Option<::payspec::Int>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MeInfo {
        pub fn builder() -> builder::MeInfo {
            Default::default()
        }
    }
    ///Platform side of a method in one direction: availability, `limits` (min/max amount; `"0"` presumably means no limit), platform `commissions`, and network `fee` (string decimal).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct MethodDirection {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commissions: ::std::option::Option<Commissions>,
        ///Available on the platform side.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fee: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limits: ::std::option::Option<Limits>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MethodDirection {
        pub fn builder() -> builder::MethodDirection {
            Default::default()
        }
    }
    ///v2-style body (the only one known). Give at least one of `enabled` and `extra_commission_percent`. v3 may expect a different structure (unverified).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct MethodEditRequest {
        ///Switch the method on or off for the cash desk.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extra_commission_percent: ::std::option::Option<::payspec::DecimalNumber>,
        ///Method code, e.g. `BITCOIN`.
        pub method: ::std::string::String,
    }
    impl MethodEditRequest {
        pub fn builder() -> builder::MethodEditRequest {
            Default::default()
        }
    }
    ///`MethodGetRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct MethodGetRequest {
        ///Internal method code, e.g. `BITCOIN`. Codes change over time; not an enum.
        pub method: ::std::string::String,
    }
    impl MethodGetRequest {
        pub fn builder() -> builder::MethodGetRequest {
            Default::default()
        }
    }
    ///A payment method. `amount_accuracy`: digits after the decimal point; `minimal_status_level`: cash-desk verification level needed; `settings`: the merchant's own switches and extra commissions; `in` / `out`: the platform side for payments in and payouts. `method` is absent inside `method/list` items (it is the map key); `settings`, `in` and `out` may be absent with `compact`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct MethodInfo {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_accuracy: ::std::option::Option<::payspec::Int>,
        ///Currency of the method, e.g. "BTC".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        #[serde(rename = "in", skip_serializing_if = "::std::option::Option::is_none")]
        pub in_: ::std::option::Option<MethodDirection>,
        ///Method code, e.g. "BITCOIN" (method/get only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub method: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub minimal_status_level: ::std::option::Option<::payspec::Int>,
        ///Display name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub out: ::std::option::Option<MethodDirection>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub settings: ::std::option::Option<MethodSettings>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MethodInfo {
        pub fn builder() -> builder::MethodInfo {
            Default::default()
        }
    }
    ///`MethodListRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct MethodListRequest {
        ///Return only basic information for each method.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub compact: ::std::option::Option<bool>,
    }
    impl MethodListRequest {
        pub fn builder() -> builder::MethodListRequest {
            Default::default()
        }
    }
    ///`MethodListResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct MethodListResponse {
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items: ::std::option::Option<
            ::payspec::LenientMap<crate::generated::types::MethodInfo>,
        >,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MethodListResponse {
        pub fn builder() -> builder::MethodListResponse {
            Default::default()
        }
    }
    ///The merchant's settings for a method, for payments in (`in`) and payouts (`out`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct MethodSettings {
        #[serde(rename = "in", skip_serializing_if = "::std::option::Option::is_none")]
        pub in_: ::std::option::Option<MethodSettingsSide>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub out: ::std::option::Option<MethodSettingsSide>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MethodSettings {
        pub fn builder() -> builder::MethodSettings {
            Default::default()
        }
    }
    ///`enabled`: the merchant's on/off switch; `extra_commissions`: the fee the merchant adds on top.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct MethodSettingsSide {
        ///Enabled by the merchant.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extra_commissions: ::std::option::Option<Commissions>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl MethodSettingsSide {
        pub fn builder() -> builder::MethodSettingsSide {
            Default::default()
        }
    }
    ///Information about the payer, in one of the two shapes the public sources show; which one the v3 API takes is not settled (inferred). The official invoice/create page (https://docs.crystalpay.io/metody-api/invoice-platezhi/sozdanie-invoisa, seed 003) types `payer_details` as "array" and links to a list of its possible values that was not retrieved: a PHP "array" is what a JSON object decodes to, so the object `{"email": "..."}` (`PayerObject`, as a v3 integration sends it) is the form the official type admits, and the client's `PayerDetails::email` builds it. CrystalPay's own BILLmanager module (v2, https://github.com/CrystalPAY-io/billmanager-module/blob/082e418d504f9a0e5c5993be0de036fd0f5a956d/cgi/crystalpaypayment.php) and the v3 SDKs https://github.com/mrsmori/pycrystalpay/blob/8a5cf00e9dbdada0deb969b64d1bfdfaceb461e6/pycrystalpay/wrapper/async_/invoice.py, https://github.com/I-ToSa-I/AsyncPayments/blob/0645581756259929fa727759d1e645b1246b9f5e/AsyncPayments/crystalPay/api.py (create_payment), https://github.com/Fsoky/crystalpayio/blob/81247094011d69369a448d68ab5a20633a894f43/crystalpayio/api/get_asyncio_api.py and https://github.com/reyzovw/AsyncioCrystalPaySDK/blob/fa4b78f797fa17b2b58391fb3c6b98077b578154/sdk/CrystalPay.py send the payer's e-mail as a plain string (`PayerEmail`); `PayerDetails::plain_email` builds that. One of the two is refused by the real API and nobody here knows which: the object is the default because it follows the official page's type.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    pub enum PayerDetails {
        Object(PayerObject),
        Email(PayerEmail),
    }
    impl ::std::convert::From<PayerObject> for PayerDetails {
        fn from(value: PayerObject) -> Self {
            Self::Object(value)
        }
    }
    impl ::std::convert::From<PayerEmail> for PayerDetails {
        fn from(value: PayerEmail) -> Self {
            Self::Email(value)
        }
    }
    ///`payer_details` as the payer's e-mail alone, as CrystalPay's BILLmanager module and most public SDKs send it.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[serde(transparent)]
    pub struct PayerEmail(pub ::std::string::String);
    impl ::std::ops::Deref for PayerEmail {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<PayerEmail> for ::std::string::String {
        fn from(value: PayerEmail) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for PayerEmail {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for PayerEmail {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for PayerEmail {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///`payer_details` as an object (the official page's "array"), with the payer's `email`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct PayerObject {
        ///Payer's email.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
    }
    impl PayerObject {
        pub fn builder() -> builder::PayerObject {
            Default::default()
        }
    }
    ///payoff/create body (credentials and `signature` are added by the client). `amount` is a DecimalNumber; it is sent and signed in its shortest exact text (`100.00` as `100`; `x-signature` `canonical`, see the description of the API).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PayoffCreateRequest {
        pub amount: ::payspec::DecimalNumber,
        ///Currency of `amount`; converted into the method's currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_currency: ::std::option::Option<::std::string::String>,
        ///URL that receives the payout callback.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub callback_url: ::std::option::Option<::std::string::String>,
        ///Any merchant data.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extra: ::std::option::Option<::std::string::String>,
        ///Method code of the payout, e.g. `ETHEREUM`.
        pub method: ::std::string::String,
        pub subtract_from: crate::generated::types::SubtractFrom,
        ///Recipient requisites (wallet address, card number, ...).
        pub wallet: ::std::string::String,
        ///Extra recipient information (memo, tag, ...).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wallet_extra: ::std::option::Option<::std::string::String>,
    }
    impl PayoffCreateRequest {
        pub fn builder() -> builder::PayoffCreateRequest {
            Default::default()
        }
    }
    ///The payout quote. String decimals: `amount`, `rub_amount`, `receive_amount` (what the recipient gets), `deduction_amount` (what is debited), `commission_amount`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PayoffCreateResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commission_amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deduction_amount: ::std::option::Option<::payspec::Decimal>,
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        ///Payout id, e.g. "123456789_dpWminAiaqwTcBOJVlFk".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub method: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receive_amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rub_amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtract_from: ::std::option::Option<crate::generated::types::SubtractFrom>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wallet: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PayoffCreateResponse {
        pub fn builder() -> builder::PayoffCreateResponse {
            Default::default()
        }
    }
    ///`PayoffIdRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PayoffIdRequest {
        ///Payout id, e.g. `123456789_dpWminAiaqwTcBOJVlFk`.
        pub id: ::std::string::String,
    }
    impl PayoffIdRequest {
        pub fn builder() -> builder::PayoffIdRequest {
            Default::default()
        }
    }
    ///A payout. String decimals: `amount` (in `amount_currency`), `rub_amount`, `receive_amount` (what the recipient gets), `deduction_amount` (what is debited), `commission_amount`. Members the spec does not name are kept (`additionalProperties`). In the Rust client they are the `extra` map, and CrystalPay's own `extra` member (the merchant's data) lands there too, as `extra["extra"]`, since the generator names the map `extra`; `merchant_extra()` reads it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PayoffInfo {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::Decimal>,
        ///e.g. "ETH".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub callback_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub commission_amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deduction_amount: ::std::option::Option<::payspec::Decimal>,
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        ///When the payout reached a final state; null before.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub final_at: ::std::option::Option<::std::string::String>,
        ///Payout id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///E.g. a block-explorer link to the transaction, or "Canceled".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Method code, e.g. "ETHEREUM".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub method: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receive_amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rub_amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<crate::generated::types::PayoffState>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subtract_from: ::std::option::Option<crate::generated::types::SubtractFrom>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wallet: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PayoffInfo {
        pub fn builder() -> builder::PayoffInfo {
            Default::default()
        }
    }
    ///`ReportHistoryRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ReportHistoryRequest {
        ///Ask for a CSV export (answer format not documented).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub export_csv: ::std::option::Option<bool>,
        ///Items per page; 20 by default.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items: ::std::option::Option<i64>,
        ///Page number; 1 by default.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<i64>,
        ///How many days back from today; 1 by default.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub period: ::std::option::Option<i64>,
    }
    impl ReportHistoryRequest {
        pub fn builder() -> builder::ReportHistoryRequest {
            Default::default()
        }
    }
    ///`ReportInvoiceHistoryResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReportInvoiceHistoryResponse {
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        ///Whether another page follows. No retrieved CrystalPay page shows it; public v3 clients read it from this answer (a third-party v3 Python client's models declare `has_next_page: bool` on every report history answer and on swap/pair/list; the public code index that showed the file does not name its repository, so no URL can be given), so it is declared, as a lenient flag; inferred. The stream of this operation stops when it is `false` and asks for the next page when it is `true`; where it is absent, a page shorter than asked for is the last (`x-pagination` `has-next`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_next_page: ::std::option::Option<::payspec::Flag>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items: ::std::option::Option<
            ::payspec::LenientList<crate::generated::types::InvoiceInfo>,
        >,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ReportInvoiceHistoryResponse {
        pub fn builder() -> builder::ReportInvoiceHistoryResponse {
            Default::default()
        }
    }
    ///`ReportPayoffHistoryResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReportPayoffHistoryResponse {
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        ///Whether another page follows. No retrieved CrystalPay page shows it; public v3 clients read it from this answer (a third-party v3 Python client's models declare `has_next_page: bool` on every report history answer and on swap/pair/list; the public code index that showed the file does not name its repository, so no URL can be given), so it is declared, as a lenient flag; inferred. The stream of this operation stops when it is `false` and asks for the next page when it is `true`; where it is absent, a page shorter than asked for is the last (`x-pagination` `has-next`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_next_page: ::std::option::Option<::payspec::Flag>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items: ::std::option::Option<
            ::payspec::LenientList<crate::generated::types::PayoffInfo>,
        >,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ReportPayoffHistoryResponse {
        pub fn builder() -> builder::ReportPayoffHistoryResponse {
            Default::default()
        }
    }
    ///Totals over a period (fields the SDK reads; the full answer is not documented). `payed_rub_amount`: paid total in roubles (string decimal); `conversion_percent`: share of paid items (documented by the SDK as an integer; decoded as a decimal to be safe).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReportSummary {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conversion_percent: ::std::option::Option<::payspec::Decimal>,
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payed_count: ::std::option::Option<::payspec::Int>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payed_rub_amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_count: ::std::option::Option<::payspec::Int>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ReportSummary {
        pub fn builder() -> builder::ReportSummary {
            Default::default()
        }
    }
    ///`ReportSummaryRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ReportSummaryRequest {
        ///Ask for a PDF export (answer format not documented).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub export_pdf: ::std::option::Option<bool>,
        ///How many days back from today.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub period: ::std::option::Option<i64>,
    }
    impl ReportSummaryRequest {
        pub fn builder() -> builder::ReportSummaryRequest {
            Default::default()
        }
    }
    ///`ReportSwapHistoryResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReportSwapHistoryResponse {
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        ///Whether another page follows. No retrieved CrystalPay page shows it; public v3 clients read it from this answer (a third-party v3 Python client's models declare `has_next_page: bool` on every report history answer and on swap/pair/list; the public code index that showed the file does not name its repository, so no URL can be given), so it is declared, as a lenient flag; inferred. The stream of this operation stops when it is `false` and asks for the next page when it is `true`; where it is absent, a page shorter than asked for is the last (`x-pagination` `has-next`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_next_page: ::std::option::Option<::payspec::Flag>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items: ::std::option::Option<
            ::payspec::LenientList<crate::generated::types::SwapInfo>,
        >,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ReportSwapHistoryResponse {
        pub fn builder() -> builder::ReportSwapHistoryResponse {
            Default::default()
        }
    }
    ///`ReportTransferHistoryResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ReportTransferHistoryResponse {
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        ///Whether another page follows. No retrieved CrystalPay page shows it; public v3 clients read it from this answer (a third-party v3 Python client's models declare `has_next_page: bool` on every report history answer and on swap/pair/list; the public code index that showed the file does not name its repository, so no URL can be given), so it is declared, as a lenient flag; inferred. The stream of this operation stops when it is `false` and asks for the next page when it is `true`; where it is absent, a page shorter than asked for is the last (`x-pagination` `has-next`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_next_page: ::std::option::Option<::payspec::Flag>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items: ::std::option::Option<
            ::payspec::LenientList<crate::generated::types::TransferInfo>,
        >,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl ReportTransferHistoryResponse {
        pub fn builder() -> builder::ReportTransferHistoryResponse {
            Default::default()
        }
    }
    ///swap/create body (credentials and `signature` are added by the client). `amount` is a DecimalNumber; it is sent and signed in its shortest exact text (`100.00` as `100`; `x-signature` `canonical`, see the description of the API). `amount_type` is required here because the SDK always sends it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SwapCreateRequest {
        pub amount: ::payspec::DecimalNumber,
        pub amount_type: crate::generated::types::SwapAmountType,
        ///Pair id (from swap/pair/list).
        pub pair_id: i64,
    }
    impl SwapCreateRequest {
        pub fn builder() -> builder::SwapCreateRequest {
            Default::default()
        }
    }
    ///`SwapIdRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SwapIdRequest {
        ///Swap id.
        pub id: ::std::string::String,
    }
    impl SwapIdRequest {
        pub fn builder() -> builder::SwapIdRequest {
            Default::default()
        }
    }
    ///A swap (fields of the official swap/submit page). `id` and `pair_id` are decoded as text; `amount` and `price` are string decimals. `state` is a plain string: the official page shows `success`; other values (e.g. `created`, `canceled`) are assumed.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SwapInfo {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_type: ::std::option::Option<crate::generated::types::SwapAmountType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expired_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub final_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::payspec::Text>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pair_id: ::std::option::Option<::payspec::Text>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<SwapSide>,
        ///Swap state; known value `success`, others undocumented.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<SwapSide>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SwapInfo {
        pub fn builder() -> builder::SwapInfo {
            Default::default()
        }
    }
    ///An exchange pair: `pair_id` (numeric, decoded as text), the `source` and `target` sides, and `price` (string decimal, presumably target units per source unit).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SwapPair {
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pair_id: ::std::option::Option<::payspec::Text>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<SwapSide>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<SwapSide>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SwapPair {
        pub fn builder() -> builder::SwapPair {
            Default::default()
        }
    }
    ///`SwapPairGetRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SwapPairGetRequest {
        ///Pair id.
        pub pair_id: i64,
    }
    impl SwapPairGetRequest {
        pub fn builder() -> builder::SwapPairGetRequest {
            Default::default()
        }
    }
    ///`SwapPairListRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct SwapPairListRequest {
        ///Pairs per page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items: ::std::option::Option<i64>,
        ///Page number, from 1.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<i64>,
        ///Only pairs whose source is this method code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<::std::string::String>,
        ///Only pairs whose target is this method code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<::std::string::String>,
    }
    impl SwapPairListRequest {
        pub fn builder() -> builder::SwapPairListRequest {
            Default::default()
        }
    }
    ///`SwapPairListResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SwapPairListResponse {
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        ///Whether another page follows. No retrieved CrystalPay page shows it; public v3 clients read it from this answer (a third-party v3 Python client's models declare `has_next_page: bool` on every report history answer and on swap/pair/list; the public code index that showed the file does not name its repository, so no URL can be given), so it is declared, as a lenient flag; inferred. Read it to page through the pairs (`page`, `items`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_next_page: ::std::option::Option<::payspec::Flag>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub items: ::std::option::Option<
            ::payspec::LenientMap<crate::generated::types::SwapPair>,
        >,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SwapPairListResponse {
        pub fn builder() -> builder::SwapPairListResponse {
            Default::default()
        }
    }
    ///One side of a swap or pair: method code, currency and, in a swap, the `amount` (string decimal) moved on that side. The full field list of pair sides is not documented.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct SwapSide {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub method: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SwapSide {
        pub fn builder() -> builder::SwapSide {
            Default::default()
        }
    }
    ///`TickerGetRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TickerGetRequest {
        ///Currency the prices are expressed in; RUB by default.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub base_currency: ::std::option::Option<::std::string::String>,
        ///Tickers to quote, e.g. `["BTC", "LTC"]`.
        pub tickers: ::std::vec::Vec<::std::string::String>,
    }
    impl TickerGetRequest {
        pub fn builder() -> builder::TickerGetRequest {
            Default::default()
        }
    }
    ///`TickerGetResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TickerGetResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub base_currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currencies: ::std::option::Option<
            ::payspec::LenientMap<crate::generated::types::TickerPrice>,
        >,
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl TickerGetResponse {
        pub fn builder() -> builder::TickerGetResponse {
            Default::default()
        }
    }
    ///`TickerListResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TickerListResponse {
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        ///Currency tickers, e.g. BTC, ETH, USDT, RUB (free strings, the list changes).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tickers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl TickerListResponse {
        pub fn builder() -> builder::TickerListResponse {
            Default::default()
        }
    }
    ///`price`: price of one unit of the ticker in `base_currency` (number in v2, possibly a string in v3).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TickerPrice {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<::payspec::Decimal>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl TickerPrice {
        pub fn builder() -> builder::TickerPrice {
            Default::default()
        }
    }
    ///transfer/create body (credentials and `signature` are added by the client). `amount` is a DecimalNumber; it is sent and signed in its shortest exact text (`100.00` as `100`; `x-signature` `canonical`, see the description of the API).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TransferCreateRequest {
        pub amount: ::payspec::DecimalNumber,
        ///Free-text description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Balance / method code to transfer from, e.g. `USDTTRC`.
        pub method: ::std::string::String,
        ///Login of the recipient cash desk.
        pub receiver: ::std::string::String,
    }
    impl TransferCreateRequest {
        pub fn builder() -> builder::TransferCreateRequest {
            Default::default()
        }
    }
    ///`TransferIdRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TransferIdRequest {
        ///Transfer id (documented as an integer in one place; sent as its decimal text).
        pub id: ::std::string::String,
    }
    impl TransferIdRequest {
        pub fn builder() -> builder::TransferIdRequest {
            Default::default()
        }
    }
    ///A transfer. `id` is documented as an integer in one place and decoded as text; `amount` is a string decimal in `amount_currency`. transfer/create returns only `id`, `method`, `amount_currency`, `amount`, `sender`, `receiver`; transfer/info adds the rest.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct TransferInfo {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::Decimal>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount_currency: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Envelope member: `false` in a success answer (the client also takes `0`, `"0"`, `""` and `null` as success; anything truthy is a refusal, `FailEnvelope`). Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::payspec::Flag>,
        ///Envelope member: empty in a success answer. Absent where the object is an item of a list or map.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub errors: ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub final_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::payspec::Text>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub method: ::std::option::Option<::std::string::String>,
        ///Login of the receiving cash desk.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub receiver: ::std::option::Option<::std::string::String>,
        ///Login of the sending cash desk.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sender: ::std::option::Option<::std::string::String>,
        ///Transfer state; values not documented (presumably like payouts or swaps).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        ///Transfer type / direction; values not documented.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl TransferInfo {
        pub fn builder() -> builder::TransferInfo {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct BalanceGetRequest {
            method: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for BalanceGetRequest {
            fn default() -> Self {
                Self {
                    method: Err("no value supplied for method".to_string()),
                }
            }
        }
        impl BalanceGetRequest {
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.method = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for method: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BalanceGetRequest> for super::BalanceGetRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BalanceGetRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { method: value.method? })
            }
        }
        impl ::std::convert::From<super::BalanceGetRequest> for BalanceGetRequest {
            fn from(value: super::BalanceGetRequest) -> Self {
                Self { method: Ok(value.method) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BalanceItem {
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            amount_accuracy: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            method: ::std::result::Result<
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
        impl ::std::default::Default for BalanceItem {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    amount_accuracy: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    method: Ok(Default::default()),
                    name: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl BalanceItem {
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
            pub fn amount_accuracy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_accuracy = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for amount_accuracy: {e}"
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
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
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
        impl ::std::convert::TryFrom<BalanceItem> for super::BalanceItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BalanceItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    amount_accuracy: value.amount_accuracy?,
                    currency: value.currency?,
                    error: value.error?,
                    errors: value.errors?,
                    method: value.method?,
                    name: value.name?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::BalanceItem> for BalanceItem {
            fn from(value: super::BalanceItem) -> Self {
                Self {
                    amount: Ok(value.amount),
                    amount_accuracy: Ok(value.amount_accuracy),
                    currency: Ok(value.currency),
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    method: Ok(value.method),
                    name: Ok(value.name),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BalanceListRequest {
            hide_empty: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BalanceListRequest {
            fn default() -> Self {
                Self {
                    hide_empty: Ok(Default::default()),
                }
            }
        }
        impl BalanceListRequest {
            pub fn hide_empty<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.hide_empty = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hide_empty: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BalanceListRequest> for super::BalanceListRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BalanceListRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    hide_empty: value.hide_empty?,
                })
            }
        }
        impl ::std::convert::From<super::BalanceListRequest> for BalanceListRequest {
            fn from(value: super::BalanceListRequest) -> Self {
                Self {
                    hide_empty: Ok(value.hide_empty),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BalanceListResponse {
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::option::Option<
                    ::payspec::LenientMap<crate::generated::types::BalanceItem>,
                >,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BalanceListResponse {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    items: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl BalanceListResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::payspec::LenientMap<crate::generated::types::BalanceItem>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
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
        impl ::std::convert::TryFrom<BalanceListResponse>
        for super::BalanceListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BalanceListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    errors: value.errors?,
                    items: value.items?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::BalanceListResponse> for BalanceListResponse {
            fn from(value: super::BalanceListResponse) -> Self {
                Self {
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    items: Ok(value.items),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CallbackDelivery {
            attempts: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_response: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CallbackDelivery {
            fn default() -> Self {
                Self {
                    attempts: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    last_at: Ok(Default::default()),
                    last_response: Ok(Default::default()),
                    state: Ok(Default::default()),
                    url: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl CallbackDelivery {
            pub fn attempts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.attempts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attempts: {e}")
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
            pub fn last_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_at: {e}")
                    });
                self
            }
            pub fn last_response<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_response = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_response: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
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
        impl ::std::convert::TryFrom<CallbackDelivery> for super::CallbackDelivery {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CallbackDelivery,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attempts: value.attempts?,
                    created_at: value.created_at?,
                    last_at: value.last_at?,
                    last_response: value.last_response?,
                    state: value.state?,
                    url: value.url?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CallbackDelivery> for CallbackDelivery {
            fn from(value: super::CallbackDelivery) -> Self {
                Self {
                    attempts: Ok(value.attempts),
                    created_at: Ok(value.created_at),
                    last_at: Ok(value.last_at),
                    last_response: Ok(value.last_response),
                    state: Ok(value.state),
                    url: Ok(value.url),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CallbackListResponse {
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::option::Option<
                    ::payspec::LenientList<crate::generated::types::CallbackDelivery>,
                >,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CallbackListResponse {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    items: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl CallbackListResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::payspec::LenientList<crate::generated::types::CallbackDelivery>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
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
        impl ::std::convert::TryFrom<CallbackListResponse>
        for super::CallbackListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CallbackListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    errors: value.errors?,
                    items: value.items?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CallbackListResponse> for CallbackListResponse {
            fn from(value: super::CallbackListResponse) -> Self {
                Self {
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    items: Ok(value.items),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Commissions {
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            percent: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Commissions {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    percent: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Commissions {
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
            pub fn percent<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.percent = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for percent: {e}")
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
        impl ::std::convert::TryFrom<Commissions> for super::Commissions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Commissions,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    percent: value.percent?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Commissions> for Commissions {
            fn from(value: super::Commissions) -> Self {
                Self {
                    amount: Ok(value.amount),
                    percent: Ok(value.percent),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmptyResponse {
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EmptyResponse {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl EmptyResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
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
        impl ::std::convert::TryFrom<EmptyResponse> for super::EmptyResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmptyResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    errors: value.errors?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::EmptyResponse> for EmptyResponse {
            fn from(value: super::EmptyResponse) -> Self {
                Self {
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FailEnvelope {
            error: ::std::result::Result<::payspec::Flag, ::std::string::String>,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FailEnvelope {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                    errors: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl FailEnvelope {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::Flag>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
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
                    error: value.error?,
                    errors: value.errors?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FailEnvelope> for FailEnvelope {
            fn from(value: super::FailEnvelope) -> Self {
                Self {
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceCallback {
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            amount_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            balance_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            commission_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
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
            expired_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra_commission: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            final_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            initial_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pay_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            redirect_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            remaining_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            required_method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            rub_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            service_commission: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            signature: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<crate::generated::types::InvoiceState>,
                ::std::string::String,
            >,
            subtract_from: ::std::result::Result<
                ::std::option::Option<crate::generated::types::SubtractFrom>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::generated::types::InvoiceType>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceCallback {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    amount_currency: Ok(Default::default()),
                    balance_amount: Ok(Default::default()),
                    callback_url: Ok(Default::default()),
                    commission_amount: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    description: Ok(Default::default()),
                    expired_at: Ok(Default::default()),
                    extra_commission: Ok(Default::default()),
                    final_at: Ok(Default::default()),
                    id: Ok(Default::default()),
                    initial_amount: Ok(Default::default()),
                    method: Ok(Default::default()),
                    pay_amount: Ok(Default::default()),
                    redirect_url: Ok(Default::default()),
                    remaining_amount: Ok(Default::default()),
                    required_method: Ok(Default::default()),
                    rub_amount: Ok(Default::default()),
                    service_commission: Ok(Default::default()),
                    signature: Ok(Default::default()),
                    state: Ok(Default::default()),
                    subtract_from: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    url: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl InvoiceCallback {
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
            pub fn amount_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for amount_currency: {e}"
                        )
                    });
                self
            }
            pub fn balance_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.balance_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for balance_amount: {e}"
                        )
                    });
                self
            }
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn commission_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.commission_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for commission_amount: {e}"
                        )
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
            pub fn expired_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expired_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expired_at: {e}")
                    });
                self
            }
            pub fn extra_commission<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.extra_commission = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for extra_commission: {e}"
                        )
                    });
                self
            }
            pub fn final_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.final_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for final_at: {e}")
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
            pub fn initial_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.initial_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for initial_amount: {e}"
                        )
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
            pub fn redirect_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for redirect_url: {e}")
                    });
                self
            }
            pub fn remaining_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.remaining_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for remaining_amount: {e}"
                        )
                    });
                self
            }
            pub fn required_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.required_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for required_method: {e}"
                        )
                    });
                self
            }
            pub fn rub_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.rub_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rub_amount: {e}")
                    });
                self
            }
            pub fn service_commission<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_commission = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_commission: {e}"
                        )
                    });
                self
            }
            pub fn signature<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.signature = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for signature: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::InvoiceState>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn subtract_from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::SubtractFrom>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subtract_from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subtract_from: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::InvoiceType>,
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
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
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
        impl ::std::convert::TryFrom<InvoiceCallback> for super::InvoiceCallback {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceCallback,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    amount_currency: value.amount_currency?,
                    balance_amount: value.balance_amount?,
                    callback_url: value.callback_url?,
                    commission_amount: value.commission_amount?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    description: value.description?,
                    expired_at: value.expired_at?,
                    extra_commission: value.extra_commission?,
                    final_at: value.final_at?,
                    id: value.id?,
                    initial_amount: value.initial_amount?,
                    method: value.method?,
                    pay_amount: value.pay_amount?,
                    redirect_url: value.redirect_url?,
                    remaining_amount: value.remaining_amount?,
                    required_method: value.required_method?,
                    rub_amount: value.rub_amount?,
                    service_commission: value.service_commission?,
                    signature: value.signature?,
                    state: value.state?,
                    subtract_from: value.subtract_from?,
                    type_: value.type_?,
                    url: value.url?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceCallback> for InvoiceCallback {
            fn from(value: super::InvoiceCallback) -> Self {
                Self {
                    amount: Ok(value.amount),
                    amount_currency: Ok(value.amount_currency),
                    balance_amount: Ok(value.balance_amount),
                    callback_url: Ok(value.callback_url),
                    commission_amount: Ok(value.commission_amount),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    description: Ok(value.description),
                    expired_at: Ok(value.expired_at),
                    extra_commission: Ok(value.extra_commission),
                    final_at: Ok(value.final_at),
                    id: Ok(value.id),
                    initial_amount: Ok(value.initial_amount),
                    method: Ok(value.method),
                    pay_amount: Ok(value.pay_amount),
                    redirect_url: Ok(value.redirect_url),
                    remaining_amount: Ok(value.remaining_amount),
                    required_method: Ok(value.required_method),
                    rub_amount: Ok(value.rub_amount),
                    service_commission: Ok(value.service_commission),
                    signature: Ok(value.signature),
                    state: Ok(value.state),
                    subtract_from: Ok(value.subtract_from),
                    type_: Ok(value.type_),
                    url: Ok(value.url),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceCreateRequest {
            amount: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
            callback_url: ::std::result::Result<
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
            extra: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            lifetime: ::std::result::Result<i64, ::std::string::String>,
            payer_details: ::std::result::Result<
                ::std::option::Option<super::PayerDetails>,
                ::std::string::String,
            >,
            redirect_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            required_method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            subtract_from: ::std::result::Result<
                ::std::option::Option<crate::generated::types::SubtractFrom>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                crate::generated::types::InvoiceType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceCreateRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    callback_url: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    description: Ok(Default::default()),
                    extra: Ok(Default::default()),
                    lifetime: Err("no value supplied for lifetime".to_string()),
                    payer_details: Ok(Default::default()),
                    redirect_url: Ok(Default::default()),
                    required_method: Ok(Default::default()),
                    subtract_from: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl InvoiceCreateRequest {
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
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
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
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
            pub fn lifetime<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.lifetime = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for lifetime: {e}")
                    });
                self
            }
            pub fn payer_details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PayerDetails>>,
                T::Error: ::std::fmt::Display,
            {
                self.payer_details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payer_details: {e}")
                    });
                self
            }
            pub fn redirect_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for redirect_url: {e}")
                    });
                self
            }
            pub fn required_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.required_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for required_method: {e}"
                        )
                    });
                self
            }
            pub fn subtract_from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::SubtractFrom>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subtract_from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subtract_from: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::types::InvoiceType>,
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
        impl ::std::convert::TryFrom<InvoiceCreateRequest>
        for super::InvoiceCreateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceCreateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    callback_url: value.callback_url?,
                    currency: value.currency?,
                    description: value.description?,
                    extra: value.extra?,
                    lifetime: value.lifetime?,
                    payer_details: value.payer_details?,
                    redirect_url: value.redirect_url?,
                    required_method: value.required_method?,
                    subtract_from: value.subtract_from?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceCreateRequest> for InvoiceCreateRequest {
            fn from(value: super::InvoiceCreateRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    callback_url: Ok(value.callback_url),
                    currency: Ok(value.currency),
                    description: Ok(value.description),
                    extra: Ok(value.extra),
                    lifetime: Ok(value.lifetime),
                    payer_details: Ok(value.payer_details),
                    redirect_url: Ok(value.redirect_url),
                    required_method: Ok(value.required_method),
                    subtract_from: Ok(value.subtract_from),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvoiceCreateResponse {
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            rub_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            subtract_from: ::std::result::Result<
                ::std::option::Option<crate::generated::types::SubtractFrom>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::generated::types::InvoiceType>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvoiceCreateResponse {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    id: Ok(Default::default()),
                    rub_amount: Ok(Default::default()),
                    subtract_from: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    url: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl InvoiceCreateResponse {
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
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn rub_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.rub_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rub_amount: {e}")
                    });
                self
            }
            pub fn subtract_from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::SubtractFrom>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subtract_from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subtract_from: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::InvoiceType>,
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
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
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
        impl ::std::convert::TryFrom<InvoiceCreateResponse>
        for super::InvoiceCreateResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvoiceCreateResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                    error: value.error?,
                    errors: value.errors?,
                    id: value.id?,
                    rub_amount: value.rub_amount?,
                    subtract_from: value.subtract_from?,
                    type_: value.type_?,
                    url: value.url?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceCreateResponse>
        for InvoiceCreateResponse {
            fn from(value: super::InvoiceCreateResponse) -> Self {
                Self {
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    id: Ok(value.id),
                    rub_amount: Ok(value.rub_amount),
                    subtract_from: Ok(value.subtract_from),
                    type_: Ok(value.type_),
                    url: Ok(value.url),
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
        pub struct InvoiceInfo {
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            amount_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            balance_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            commission_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
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
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            expired_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            final_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            initial_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            redirect_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            remaining_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            required_method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            rub_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<crate::generated::types::InvoiceState>,
                ::std::string::String,
            >,
            subtract_from: ::std::result::Result<
                ::std::option::Option<crate::generated::types::SubtractFrom>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::generated::types::InvoiceType>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
                    amount: Ok(Default::default()),
                    amount_currency: Ok(Default::default()),
                    balance_amount: Ok(Default::default()),
                    callback_url: Ok(Default::default()),
                    commission_amount: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    description: Ok(Default::default()),
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    expired_at: Ok(Default::default()),
                    final_at: Ok(Default::default()),
                    id: Ok(Default::default()),
                    initial_amount: Ok(Default::default()),
                    method: Ok(Default::default()),
                    redirect_url: Ok(Default::default()),
                    remaining_amount: Ok(Default::default()),
                    required_method: Ok(Default::default()),
                    rub_amount: Ok(Default::default()),
                    state: Ok(Default::default()),
                    subtract_from: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    url: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl InvoiceInfo {
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
            pub fn amount_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for amount_currency: {e}"
                        )
                    });
                self
            }
            pub fn balance_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.balance_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for balance_amount: {e}"
                        )
                    });
                self
            }
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn commission_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.commission_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for commission_amount: {e}"
                        )
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
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn expired_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expired_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expired_at: {e}")
                    });
                self
            }
            pub fn final_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.final_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for final_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn initial_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.initial_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for initial_amount: {e}"
                        )
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
            pub fn redirect_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for redirect_url: {e}")
                    });
                self
            }
            pub fn remaining_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.remaining_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for remaining_amount: {e}"
                        )
                    });
                self
            }
            pub fn required_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.required_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for required_method: {e}"
                        )
                    });
                self
            }
            pub fn rub_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.rub_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rub_amount: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::InvoiceState>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn subtract_from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::SubtractFrom>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subtract_from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subtract_from: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::InvoiceType>,
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
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
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
                    amount: value.amount?,
                    amount_currency: value.amount_currency?,
                    balance_amount: value.balance_amount?,
                    callback_url: value.callback_url?,
                    commission_amount: value.commission_amount?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    description: value.description?,
                    error: value.error?,
                    errors: value.errors?,
                    expired_at: value.expired_at?,
                    final_at: value.final_at?,
                    id: value.id?,
                    initial_amount: value.initial_amount?,
                    method: value.method?,
                    redirect_url: value.redirect_url?,
                    remaining_amount: value.remaining_amount?,
                    required_method: value.required_method?,
                    rub_amount: value.rub_amount?,
                    state: value.state?,
                    subtract_from: value.subtract_from?,
                    type_: value.type_?,
                    url: value.url?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InvoiceInfo> for InvoiceInfo {
            fn from(value: super::InvoiceInfo) -> Self {
                Self {
                    amount: Ok(value.amount),
                    amount_currency: Ok(value.amount_currency),
                    balance_amount: Ok(value.balance_amount),
                    callback_url: Ok(value.callback_url),
                    commission_amount: Ok(value.commission_amount),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    description: Ok(value.description),
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    expired_at: Ok(value.expired_at),
                    final_at: Ok(value.final_at),
                    id: Ok(value.id),
                    initial_amount: Ok(value.initial_amount),
                    method: Ok(value.method),
                    redirect_url: Ok(value.redirect_url),
                    remaining_amount: Ok(value.remaining_amount),
                    required_method: Ok(value.required_method),
                    rub_amount: Ok(value.rub_amount),
                    state: Ok(value.state),
                    subtract_from: Ok(value.subtract_from),
                    type_: Ok(value.type_),
                    url: Ok(value.url),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Limits {
            max: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            min: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Limits {
            fn default() -> Self {
                Self {
                    max: Ok(Default::default()),
                    min: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Limits {
            pub fn max<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.max = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max: {e}")
                    });
                self
            }
            pub fn min<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.min = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for min: {e}")
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
        impl ::std::convert::TryFrom<Limits> for super::Limits {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Limits,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    max: value.max?,
                    min: value.min?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Limits> for Limits {
            fn from(value: super::Limits) -> Self {
                Self {
                    max: Ok(value.max),
                    min: Ok(value.min),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MeInfo {
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status_level: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MeInfo {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    status_level: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl MeInfo {
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
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
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
            pub fn status_level<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.status_level = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status_level: {e}")
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
        impl ::std::convert::TryFrom<MeInfo> for super::MeInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MeInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    error: value.error?,
                    errors: value.errors?,
                    id: value.id?,
                    name: value.name?,
                    status_level: value.status_level?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::MeInfo> for MeInfo {
            fn from(value: super::MeInfo) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    status_level: Ok(value.status_level),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MethodDirection {
            commissions: ::std::result::Result<
                ::std::option::Option<super::Commissions>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            fee: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            limits: ::std::result::Result<
                ::std::option::Option<super::Limits>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MethodDirection {
            fn default() -> Self {
                Self {
                    commissions: Ok(Default::default()),
                    enabled: Ok(Default::default()),
                    fee: Ok(Default::default()),
                    limits: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl MethodDirection {
            pub fn commissions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Commissions>>,
                T::Error: ::std::fmt::Display,
            {
                self.commissions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for commissions: {e}")
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
            pub fn fee<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.fee = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fee: {e}")
                    });
                self
            }
            pub fn limits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Limits>>,
                T::Error: ::std::fmt::Display,
            {
                self.limits = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limits: {e}")
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
        impl ::std::convert::TryFrom<MethodDirection> for super::MethodDirection {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MethodDirection,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    commissions: value.commissions?,
                    enabled: value.enabled?,
                    fee: value.fee?,
                    limits: value.limits?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::MethodDirection> for MethodDirection {
            fn from(value: super::MethodDirection) -> Self {
                Self {
                    commissions: Ok(value.commissions),
                    enabled: Ok(value.enabled),
                    fee: Ok(value.fee),
                    limits: Ok(value.limits),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MethodEditRequest {
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            extra_commission_percent: ::std::result::Result<
                ::std::option::Option<::payspec::DecimalNumber>,
                ::std::string::String,
            >,
            method: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for MethodEditRequest {
            fn default() -> Self {
                Self {
                    enabled: Ok(Default::default()),
                    extra_commission_percent: Ok(Default::default()),
                    method: Err("no value supplied for method".to_string()),
                }
            }
        }
        impl MethodEditRequest {
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
            pub fn extra_commission_percent<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::payspec::DecimalNumber>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra_commission_percent = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for extra_commission_percent: {e}"
                        )
                    });
                self
            }
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.method = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for method: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MethodEditRequest> for super::MethodEditRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MethodEditRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    extra_commission_percent: value.extra_commission_percent?,
                    method: value.method?,
                })
            }
        }
        impl ::std::convert::From<super::MethodEditRequest> for MethodEditRequest {
            fn from(value: super::MethodEditRequest) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    extra_commission_percent: Ok(value.extra_commission_percent),
                    method: Ok(value.method),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MethodGetRequest {
            method: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for MethodGetRequest {
            fn default() -> Self {
                Self {
                    method: Err("no value supplied for method".to_string()),
                }
            }
        }
        impl MethodGetRequest {
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.method = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for method: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MethodGetRequest> for super::MethodGetRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MethodGetRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { method: value.method? })
            }
        }
        impl ::std::convert::From<super::MethodGetRequest> for MethodGetRequest {
            fn from(value: super::MethodGetRequest) -> Self {
                Self { method: Ok(value.method) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MethodInfo {
            amount_accuracy: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            in_: ::std::result::Result<
                ::std::option::Option<super::MethodDirection>,
                ::std::string::String,
            >,
            method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            minimal_status_level: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            out: ::std::result::Result<
                ::std::option::Option<super::MethodDirection>,
                ::std::string::String,
            >,
            settings: ::std::result::Result<
                ::std::option::Option<super::MethodSettings>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MethodInfo {
            fn default() -> Self {
                Self {
                    amount_accuracy: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    in_: Ok(Default::default()),
                    method: Ok(Default::default()),
                    minimal_status_level: Ok(Default::default()),
                    name: Ok(Default::default()),
                    out: Ok(Default::default()),
                    settings: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl MethodInfo {
            pub fn amount_accuracy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_accuracy = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for amount_accuracy: {e}"
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
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn in_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MethodDirection>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.in_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for in_: {e}")
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
            pub fn minimal_status_level<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.minimal_status_level = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for minimal_status_level: {e}"
                        )
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
            pub fn out<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MethodDirection>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.out = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for out: {e}")
                    });
                self
            }
            pub fn settings<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::MethodSettings>>,
                T::Error: ::std::fmt::Display,
            {
                self.settings = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for settings: {e}")
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
        impl ::std::convert::TryFrom<MethodInfo> for super::MethodInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MethodInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount_accuracy: value.amount_accuracy?,
                    currency: value.currency?,
                    error: value.error?,
                    errors: value.errors?,
                    in_: value.in_?,
                    method: value.method?,
                    minimal_status_level: value.minimal_status_level?,
                    name: value.name?,
                    out: value.out?,
                    settings: value.settings?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::MethodInfo> for MethodInfo {
            fn from(value: super::MethodInfo) -> Self {
                Self {
                    amount_accuracy: Ok(value.amount_accuracy),
                    currency: Ok(value.currency),
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    in_: Ok(value.in_),
                    method: Ok(value.method),
                    minimal_status_level: Ok(value.minimal_status_level),
                    name: Ok(value.name),
                    out: Ok(value.out),
                    settings: Ok(value.settings),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MethodListRequest {
            compact: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MethodListRequest {
            fn default() -> Self {
                Self {
                    compact: Ok(Default::default()),
                }
            }
        }
        impl MethodListRequest {
            pub fn compact<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.compact = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for compact: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MethodListRequest> for super::MethodListRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MethodListRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { compact: value.compact? })
            }
        }
        impl ::std::convert::From<super::MethodListRequest> for MethodListRequest {
            fn from(value: super::MethodListRequest) -> Self {
                Self { compact: Ok(value.compact) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MethodListResponse {
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::option::Option<
                    ::payspec::LenientMap<crate::generated::types::MethodInfo>,
                >,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MethodListResponse {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    items: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl MethodListResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::payspec::LenientMap<crate::generated::types::MethodInfo>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
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
        impl ::std::convert::TryFrom<MethodListResponse> for super::MethodListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MethodListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    errors: value.errors?,
                    items: value.items?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::MethodListResponse> for MethodListResponse {
            fn from(value: super::MethodListResponse) -> Self {
                Self {
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    items: Ok(value.items),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MethodSettings {
            in_: ::std::result::Result<
                ::std::option::Option<super::MethodSettingsSide>,
                ::std::string::String,
            >,
            out: ::std::result::Result<
                ::std::option::Option<super::MethodSettingsSide>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MethodSettings {
            fn default() -> Self {
                Self {
                    in_: Ok(Default::default()),
                    out: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl MethodSettings {
            pub fn in_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MethodSettingsSide>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.in_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for in_: {e}")
                    });
                self
            }
            pub fn out<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::MethodSettingsSide>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.out = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for out: {e}")
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
        impl ::std::convert::TryFrom<MethodSettings> for super::MethodSettings {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MethodSettings,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    in_: value.in_?,
                    out: value.out?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::MethodSettings> for MethodSettings {
            fn from(value: super::MethodSettings) -> Self {
                Self {
                    in_: Ok(value.in_),
                    out: Ok(value.out),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MethodSettingsSide {
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            extra_commissions: ::std::result::Result<
                ::std::option::Option<super::Commissions>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MethodSettingsSide {
            fn default() -> Self {
                Self {
                    enabled: Ok(Default::default()),
                    extra_commissions: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl MethodSettingsSide {
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
            pub fn extra_commissions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Commissions>>,
                T::Error: ::std::fmt::Display,
            {
                self.extra_commissions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for extra_commissions: {e}"
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
        impl ::std::convert::TryFrom<MethodSettingsSide> for super::MethodSettingsSide {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MethodSettingsSide,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    extra_commissions: value.extra_commissions?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::MethodSettingsSide> for MethodSettingsSide {
            fn from(value: super::MethodSettingsSide) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    extra_commissions: Ok(value.extra_commissions),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PayerObject {
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PayerObject {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                }
            }
        }
        impl PayerObject {
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
        }
        impl ::std::convert::TryFrom<PayerObject> for super::PayerObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PayerObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { email: value.email? })
            }
        }
        impl ::std::convert::From<super::PayerObject> for PayerObject {
            fn from(value: super::PayerObject) -> Self {
                Self { email: Ok(value.email) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PayoffCreateRequest {
            amount: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
            amount_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            method: ::std::result::Result<::std::string::String, ::std::string::String>,
            subtract_from: ::std::result::Result<
                crate::generated::types::SubtractFrom,
                ::std::string::String,
            >,
            wallet: ::std::result::Result<::std::string::String, ::std::string::String>,
            wallet_extra: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PayoffCreateRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    amount_currency: Ok(Default::default()),
                    callback_url: Ok(Default::default()),
                    extra: Ok(Default::default()),
                    method: Err("no value supplied for method".to_string()),
                    subtract_from: Err(
                        "no value supplied for subtract_from".to_string(),
                    ),
                    wallet: Err("no value supplied for wallet".to_string()),
                    wallet_extra: Ok(Default::default()),
                }
            }
        }
        impl PayoffCreateRequest {
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
            pub fn amount_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for amount_currency: {e}"
                        )
                    });
                self
            }
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.method = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for method: {e}")
                    });
                self
            }
            pub fn subtract_from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::types::SubtractFrom>,
                T::Error: ::std::fmt::Display,
            {
                self.subtract_from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subtract_from: {e}")
                    });
                self
            }
            pub fn wallet<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.wallet = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for wallet: {e}")
                    });
                self
            }
            pub fn wallet_extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.wallet_extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for wallet_extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PayoffCreateRequest>
        for super::PayoffCreateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PayoffCreateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    amount_currency: value.amount_currency?,
                    callback_url: value.callback_url?,
                    extra: value.extra?,
                    method: value.method?,
                    subtract_from: value.subtract_from?,
                    wallet: value.wallet?,
                    wallet_extra: value.wallet_extra?,
                })
            }
        }
        impl ::std::convert::From<super::PayoffCreateRequest> for PayoffCreateRequest {
            fn from(value: super::PayoffCreateRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    amount_currency: Ok(value.amount_currency),
                    callback_url: Ok(value.callback_url),
                    extra: Ok(value.extra),
                    method: Ok(value.method),
                    subtract_from: Ok(value.subtract_from),
                    wallet: Ok(value.wallet),
                    wallet_extra: Ok(value.wallet_extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PayoffCreateResponse {
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            amount_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            commission_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            deduction_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            receive_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            rub_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            subtract_from: ::std::result::Result<
                ::std::option::Option<crate::generated::types::SubtractFrom>,
                ::std::string::String,
            >,
            wallet: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PayoffCreateResponse {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    amount_currency: Ok(Default::default()),
                    commission_amount: Ok(Default::default()),
                    deduction_amount: Ok(Default::default()),
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    id: Ok(Default::default()),
                    method: Ok(Default::default()),
                    receive_amount: Ok(Default::default()),
                    rub_amount: Ok(Default::default()),
                    subtract_from: Ok(Default::default()),
                    wallet: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PayoffCreateResponse {
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
            pub fn amount_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for amount_currency: {e}"
                        )
                    });
                self
            }
            pub fn commission_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.commission_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for commission_amount: {e}"
                        )
                    });
                self
            }
            pub fn deduction_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.deduction_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deduction_amount: {e}"
                        )
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
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
            pub fn receive_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.receive_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for receive_amount: {e}"
                        )
                    });
                self
            }
            pub fn rub_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.rub_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rub_amount: {e}")
                    });
                self
            }
            pub fn subtract_from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::SubtractFrom>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subtract_from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subtract_from: {e}")
                    });
                self
            }
            pub fn wallet<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.wallet = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for wallet: {e}")
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
        impl ::std::convert::TryFrom<PayoffCreateResponse>
        for super::PayoffCreateResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PayoffCreateResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    amount_currency: value.amount_currency?,
                    commission_amount: value.commission_amount?,
                    deduction_amount: value.deduction_amount?,
                    error: value.error?,
                    errors: value.errors?,
                    id: value.id?,
                    method: value.method?,
                    receive_amount: value.receive_amount?,
                    rub_amount: value.rub_amount?,
                    subtract_from: value.subtract_from?,
                    wallet: value.wallet?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PayoffCreateResponse> for PayoffCreateResponse {
            fn from(value: super::PayoffCreateResponse) -> Self {
                Self {
                    amount: Ok(value.amount),
                    amount_currency: Ok(value.amount_currency),
                    commission_amount: Ok(value.commission_amount),
                    deduction_amount: Ok(value.deduction_amount),
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    id: Ok(value.id),
                    method: Ok(value.method),
                    receive_amount: Ok(value.receive_amount),
                    rub_amount: Ok(value.rub_amount),
                    subtract_from: Ok(value.subtract_from),
                    wallet: Ok(value.wallet),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PayoffIdRequest {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for PayoffIdRequest {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl PayoffIdRequest {
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
        impl ::std::convert::TryFrom<PayoffIdRequest> for super::PayoffIdRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PayoffIdRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }
        impl ::std::convert::From<super::PayoffIdRequest> for PayoffIdRequest {
            fn from(value: super::PayoffIdRequest) -> Self {
                Self { id: Ok(value.id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PayoffInfo {
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            amount_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            commission_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            deduction_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            final_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            receive_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            rub_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<crate::generated::types::PayoffState>,
                ::std::string::String,
            >,
            subtract_from: ::std::result::Result<
                ::std::option::Option<crate::generated::types::SubtractFrom>,
                ::std::string::String,
            >,
            wallet: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PayoffInfo {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    amount_currency: Ok(Default::default()),
                    callback_url: Ok(Default::default()),
                    commission_amount: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    deduction_amount: Ok(Default::default()),
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    final_at: Ok(Default::default()),
                    id: Ok(Default::default()),
                    message: Ok(Default::default()),
                    method: Ok(Default::default()),
                    receive_amount: Ok(Default::default()),
                    rub_amount: Ok(Default::default()),
                    state: Ok(Default::default()),
                    subtract_from: Ok(Default::default()),
                    wallet: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PayoffInfo {
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
            pub fn amount_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for amount_currency: {e}"
                        )
                    });
                self
            }
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn commission_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.commission_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for commission_amount: {e}"
                        )
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
            pub fn deduction_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.deduction_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deduction_amount: {e}"
                        )
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn final_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.final_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for final_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
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
            pub fn receive_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.receive_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for receive_amount: {e}"
                        )
                    });
                self
            }
            pub fn rub_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.rub_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rub_amount: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::PayoffState>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn subtract_from<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::SubtractFrom>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subtract_from = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subtract_from: {e}")
                    });
                self
            }
            pub fn wallet<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.wallet = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for wallet: {e}")
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
        impl ::std::convert::TryFrom<PayoffInfo> for super::PayoffInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PayoffInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    amount_currency: value.amount_currency?,
                    callback_url: value.callback_url?,
                    commission_amount: value.commission_amount?,
                    created_at: value.created_at?,
                    deduction_amount: value.deduction_amount?,
                    error: value.error?,
                    errors: value.errors?,
                    final_at: value.final_at?,
                    id: value.id?,
                    message: value.message?,
                    method: value.method?,
                    receive_amount: value.receive_amount?,
                    rub_amount: value.rub_amount?,
                    state: value.state?,
                    subtract_from: value.subtract_from?,
                    wallet: value.wallet?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PayoffInfo> for PayoffInfo {
            fn from(value: super::PayoffInfo) -> Self {
                Self {
                    amount: Ok(value.amount),
                    amount_currency: Ok(value.amount_currency),
                    callback_url: Ok(value.callback_url),
                    commission_amount: Ok(value.commission_amount),
                    created_at: Ok(value.created_at),
                    deduction_amount: Ok(value.deduction_amount),
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    final_at: Ok(value.final_at),
                    id: Ok(value.id),
                    message: Ok(value.message),
                    method: Ok(value.method),
                    receive_amount: Ok(value.receive_amount),
                    rub_amount: Ok(value.rub_amount),
                    state: Ok(value.state),
                    subtract_from: Ok(value.subtract_from),
                    wallet: Ok(value.wallet),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReportHistoryRequest {
            export_csv: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            period: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReportHistoryRequest {
            fn default() -> Self {
                Self {
                    export_csv: Ok(Default::default()),
                    items: Ok(Default::default()),
                    page: Ok(Default::default()),
                    period: Ok(Default::default()),
                }
            }
        }
        impl ReportHistoryRequest {
            pub fn export_csv<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.export_csv = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for export_csv: {e}")
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page: {e}")
                    });
                self
            }
            pub fn period<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.period = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for period: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReportHistoryRequest>
        for super::ReportHistoryRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportHistoryRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    export_csv: value.export_csv?,
                    items: value.items?,
                    page: value.page?,
                    period: value.period?,
                })
            }
        }
        impl ::std::convert::From<super::ReportHistoryRequest> for ReportHistoryRequest {
            fn from(value: super::ReportHistoryRequest) -> Self {
                Self {
                    export_csv: Ok(value.export_csv),
                    items: Ok(value.items),
                    page: Ok(value.page),
                    period: Ok(value.period),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReportInvoiceHistoryResponse {
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            has_next_page: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::option::Option<
                    ::payspec::LenientList<crate::generated::types::InvoiceInfo>,
                >,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReportInvoiceHistoryResponse {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    has_next_page: Ok(Default::default()),
                    items: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ReportInvoiceHistoryResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn has_next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_next_page: {e}")
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::payspec::LenientList<crate::generated::types::InvoiceInfo>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
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
        impl ::std::convert::TryFrom<ReportInvoiceHistoryResponse>
        for super::ReportInvoiceHistoryResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportInvoiceHistoryResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    errors: value.errors?,
                    has_next_page: value.has_next_page?,
                    items: value.items?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ReportInvoiceHistoryResponse>
        for ReportInvoiceHistoryResponse {
            fn from(value: super::ReportInvoiceHistoryResponse) -> Self {
                Self {
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    has_next_page: Ok(value.has_next_page),
                    items: Ok(value.items),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReportPayoffHistoryResponse {
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            has_next_page: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::option::Option<
                    ::payspec::LenientList<crate::generated::types::PayoffInfo>,
                >,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReportPayoffHistoryResponse {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    has_next_page: Ok(Default::default()),
                    items: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ReportPayoffHistoryResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn has_next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_next_page: {e}")
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::payspec::LenientList<crate::generated::types::PayoffInfo>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
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
        impl ::std::convert::TryFrom<ReportPayoffHistoryResponse>
        for super::ReportPayoffHistoryResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportPayoffHistoryResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    errors: value.errors?,
                    has_next_page: value.has_next_page?,
                    items: value.items?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ReportPayoffHistoryResponse>
        for ReportPayoffHistoryResponse {
            fn from(value: super::ReportPayoffHistoryResponse) -> Self {
                Self {
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    has_next_page: Ok(value.has_next_page),
                    items: Ok(value.items),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReportSummary {
            conversion_percent: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            payed_count: ::std::result::Result<
                ::std::option::Option<::payspec::Int>,
                ::std::string::String,
            >,
            payed_rub_amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
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
        impl ::std::default::Default for ReportSummary {
            fn default() -> Self {
                Self {
                    conversion_percent: Ok(Default::default()),
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    payed_count: Ok(Default::default()),
                    payed_rub_amount: Ok(Default::default()),
                    total_count: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ReportSummary {
            pub fn conversion_percent<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.conversion_percent = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for conversion_percent: {e}"
                        )
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn payed_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Int>>,
                T::Error: ::std::fmt::Display,
            {
                self.payed_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payed_count: {e}")
                    });
                self
            }
            pub fn payed_rub_amount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.payed_rub_amount = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for payed_rub_amount: {e}"
                        )
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
        impl ::std::convert::TryFrom<ReportSummary> for super::ReportSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    conversion_percent: value.conversion_percent?,
                    error: value.error?,
                    errors: value.errors?,
                    payed_count: value.payed_count?,
                    payed_rub_amount: value.payed_rub_amount?,
                    total_count: value.total_count?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ReportSummary> for ReportSummary {
            fn from(value: super::ReportSummary) -> Self {
                Self {
                    conversion_percent: Ok(value.conversion_percent),
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    payed_count: Ok(value.payed_count),
                    payed_rub_amount: Ok(value.payed_rub_amount),
                    total_count: Ok(value.total_count),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReportSummaryRequest {
            export_pdf: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            period: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReportSummaryRequest {
            fn default() -> Self {
                Self {
                    export_pdf: Ok(Default::default()),
                    period: Ok(Default::default()),
                }
            }
        }
        impl ReportSummaryRequest {
            pub fn export_pdf<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.export_pdf = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for export_pdf: {e}")
                    });
                self
            }
            pub fn period<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.period = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for period: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ReportSummaryRequest>
        for super::ReportSummaryRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportSummaryRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    export_pdf: value.export_pdf?,
                    period: value.period?,
                })
            }
        }
        impl ::std::convert::From<super::ReportSummaryRequest> for ReportSummaryRequest {
            fn from(value: super::ReportSummaryRequest) -> Self {
                Self {
                    export_pdf: Ok(value.export_pdf),
                    period: Ok(value.period),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReportSwapHistoryResponse {
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            has_next_page: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::option::Option<
                    ::payspec::LenientList<crate::generated::types::SwapInfo>,
                >,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReportSwapHistoryResponse {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    has_next_page: Ok(Default::default()),
                    items: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ReportSwapHistoryResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn has_next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_next_page: {e}")
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::payspec::LenientList<crate::generated::types::SwapInfo>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
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
        impl ::std::convert::TryFrom<ReportSwapHistoryResponse>
        for super::ReportSwapHistoryResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportSwapHistoryResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    errors: value.errors?,
                    has_next_page: value.has_next_page?,
                    items: value.items?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ReportSwapHistoryResponse>
        for ReportSwapHistoryResponse {
            fn from(value: super::ReportSwapHistoryResponse) -> Self {
                Self {
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    has_next_page: Ok(value.has_next_page),
                    items: Ok(value.items),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ReportTransferHistoryResponse {
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            has_next_page: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::option::Option<
                    ::payspec::LenientList<crate::generated::types::TransferInfo>,
                >,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ReportTransferHistoryResponse {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    has_next_page: Ok(Default::default()),
                    items: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl ReportTransferHistoryResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn has_next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_next_page: {e}")
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::payspec::LenientList<crate::generated::types::TransferInfo>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
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
        impl ::std::convert::TryFrom<ReportTransferHistoryResponse>
        for super::ReportTransferHistoryResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ReportTransferHistoryResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    errors: value.errors?,
                    has_next_page: value.has_next_page?,
                    items: value.items?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::ReportTransferHistoryResponse>
        for ReportTransferHistoryResponse {
            fn from(value: super::ReportTransferHistoryResponse) -> Self {
                Self {
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    has_next_page: Ok(value.has_next_page),
                    items: Ok(value.items),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SwapCreateRequest {
            amount: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
            amount_type: ::std::result::Result<
                crate::generated::types::SwapAmountType,
                ::std::string::String,
            >,
            pair_id: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for SwapCreateRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    amount_type: Err("no value supplied for amount_type".to_string()),
                    pair_id: Err("no value supplied for pair_id".to_string()),
                }
            }
        }
        impl SwapCreateRequest {
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
            pub fn amount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::generated::types::SwapAmountType>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_type: {e}")
                    });
                self
            }
            pub fn pair_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.pair_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pair_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SwapCreateRequest> for super::SwapCreateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SwapCreateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    amount_type: value.amount_type?,
                    pair_id: value.pair_id?,
                })
            }
        }
        impl ::std::convert::From<super::SwapCreateRequest> for SwapCreateRequest {
            fn from(value: super::SwapCreateRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    amount_type: Ok(value.amount_type),
                    pair_id: Ok(value.pair_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SwapIdRequest {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SwapIdRequest {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl SwapIdRequest {
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
        impl ::std::convert::TryFrom<SwapIdRequest> for super::SwapIdRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SwapIdRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }
        impl ::std::convert::From<super::SwapIdRequest> for SwapIdRequest {
            fn from(value: super::SwapIdRequest) -> Self {
                Self { id: Ok(value.id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SwapInfo {
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            amount_type: ::std::result::Result<
                ::std::option::Option<crate::generated::types::SwapAmountType>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            expired_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            final_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            pair_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            price: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<super::SwapSide>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            target: ::std::result::Result<
                ::std::option::Option<super::SwapSide>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SwapInfo {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    amount_type: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    expired_at: Ok(Default::default()),
                    final_at: Ok(Default::default()),
                    id: Ok(Default::default()),
                    pair_id: Ok(Default::default()),
                    price: Ok(Default::default()),
                    source: Ok(Default::default()),
                    state: Ok(Default::default()),
                    target: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl SwapInfo {
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
            pub fn amount_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::generated::types::SwapAmountType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.amount_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amount_type: {e}")
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
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn expired_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expired_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expired_at: {e}")
                    });
                self
            }
            pub fn final_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.final_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for final_at: {e}")
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
            pub fn pair_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.pair_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pair_id: {e}")
                    });
                self
            }
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SwapSide>>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn target<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SwapSide>>,
                T::Error: ::std::fmt::Display,
            {
                self.target = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target: {e}")
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
        impl ::std::convert::TryFrom<SwapInfo> for super::SwapInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SwapInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    amount_type: value.amount_type?,
                    created_at: value.created_at?,
                    error: value.error?,
                    errors: value.errors?,
                    expired_at: value.expired_at?,
                    final_at: value.final_at?,
                    id: value.id?,
                    pair_id: value.pair_id?,
                    price: value.price?,
                    source: value.source?,
                    state: value.state?,
                    target: value.target?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::SwapInfo> for SwapInfo {
            fn from(value: super::SwapInfo) -> Self {
                Self {
                    amount: Ok(value.amount),
                    amount_type: Ok(value.amount_type),
                    created_at: Ok(value.created_at),
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    expired_at: Ok(value.expired_at),
                    final_at: Ok(value.final_at),
                    id: Ok(value.id),
                    pair_id: Ok(value.pair_id),
                    price: Ok(value.price),
                    source: Ok(value.source),
                    state: Ok(value.state),
                    target: Ok(value.target),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SwapPair {
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            pair_id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            price: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<super::SwapSide>,
                ::std::string::String,
            >,
            target: ::std::result::Result<
                ::std::option::Option<super::SwapSide>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SwapPair {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    pair_id: Ok(Default::default()),
                    price: Ok(Default::default()),
                    source: Ok(Default::default()),
                    target: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl SwapPair {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn pair_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.pair_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pair_id: {e}")
                    });
                self
            }
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SwapSide>>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn target<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SwapSide>>,
                T::Error: ::std::fmt::Display,
            {
                self.target = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target: {e}")
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
        impl ::std::convert::TryFrom<SwapPair> for super::SwapPair {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SwapPair,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    errors: value.errors?,
                    pair_id: value.pair_id?,
                    price: value.price?,
                    source: value.source?,
                    target: value.target?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::SwapPair> for SwapPair {
            fn from(value: super::SwapPair) -> Self {
                Self {
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    pair_id: Ok(value.pair_id),
                    price: Ok(value.price),
                    source: Ok(value.source),
                    target: Ok(value.target),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SwapPairGetRequest {
            pair_id: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for SwapPairGetRequest {
            fn default() -> Self {
                Self {
                    pair_id: Err("no value supplied for pair_id".to_string()),
                }
            }
        }
        impl SwapPairGetRequest {
            pub fn pair_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.pair_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pair_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SwapPairGetRequest> for super::SwapPairGetRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SwapPairGetRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { pair_id: value.pair_id? })
            }
        }
        impl ::std::convert::From<super::SwapPairGetRequest> for SwapPairGetRequest {
            fn from(value: super::SwapPairGetRequest) -> Self {
                Self { pair_id: Ok(value.pair_id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SwapPairListRequest {
            items: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            target: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SwapPairListRequest {
            fn default() -> Self {
                Self {
                    items: Ok(Default::default()),
                    page: Ok(Default::default()),
                    source: Ok(Default::default()),
                    target: Ok(Default::default()),
                }
            }
        }
        impl SwapPairListRequest {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
            pub fn target<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SwapPairListRequest>
        for super::SwapPairListRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SwapPairListRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    items: value.items?,
                    page: value.page?,
                    source: value.source?,
                    target: value.target?,
                })
            }
        }
        impl ::std::convert::From<super::SwapPairListRequest> for SwapPairListRequest {
            fn from(value: super::SwapPairListRequest) -> Self {
                Self {
                    items: Ok(value.items),
                    page: Ok(value.page),
                    source: Ok(value.source),
                    target: Ok(value.target),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SwapPairListResponse {
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            has_next_page: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            items: ::std::result::Result<
                ::std::option::Option<
                    ::payspec::LenientMap<crate::generated::types::SwapPair>,
                >,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SwapPairListResponse {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    has_next_page: Ok(Default::default()),
                    items: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl SwapPairListResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn has_next_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_next_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_next_page: {e}")
                    });
                self
            }
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::payspec::LenientMap<crate::generated::types::SwapPair>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
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
        impl ::std::convert::TryFrom<SwapPairListResponse>
        for super::SwapPairListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SwapPairListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    errors: value.errors?,
                    has_next_page: value.has_next_page?,
                    items: value.items?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::SwapPairListResponse> for SwapPairListResponse {
            fn from(value: super::SwapPairListResponse) -> Self {
                Self {
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    has_next_page: Ok(value.has_next_page),
                    items: Ok(value.items),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SwapSide {
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
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
        impl ::std::default::Default for SwapSide {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    method: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl SwapSide {
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
        impl ::std::convert::TryFrom<SwapSide> for super::SwapSide {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SwapSide,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    currency: value.currency?,
                    method: value.method?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::SwapSide> for SwapSide {
            fn from(value: super::SwapSide) -> Self {
                Self {
                    amount: Ok(value.amount),
                    currency: Ok(value.currency),
                    method: Ok(value.method),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TickerGetRequest {
            base_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tickers: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TickerGetRequest {
            fn default() -> Self {
                Self {
                    base_currency: Ok(Default::default()),
                    tickers: Err("no value supplied for tickers".to_string()),
                }
            }
        }
        impl TickerGetRequest {
            pub fn base_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.base_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for base_currency: {e}")
                    });
                self
            }
            pub fn tickers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tickers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tickers: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TickerGetRequest> for super::TickerGetRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TickerGetRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    base_currency: value.base_currency?,
                    tickers: value.tickers?,
                })
            }
        }
        impl ::std::convert::From<super::TickerGetRequest> for TickerGetRequest {
            fn from(value: super::TickerGetRequest) -> Self {
                Self {
                    base_currency: Ok(value.base_currency),
                    tickers: Ok(value.tickers),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TickerGetResponse {
            base_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            currencies: ::std::result::Result<
                ::std::option::Option<
                    ::payspec::LenientMap<crate::generated::types::TickerPrice>,
                >,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TickerGetResponse {
            fn default() -> Self {
                Self {
                    base_currency: Ok(Default::default()),
                    currencies: Ok(Default::default()),
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl TickerGetResponse {
            pub fn base_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.base_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for base_currency: {e}")
                    });
                self
            }
            pub fn currencies<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::payspec::LenientMap<crate::generated::types::TickerPrice>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.currencies = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currencies: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
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
        impl ::std::convert::TryFrom<TickerGetResponse> for super::TickerGetResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TickerGetResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    base_currency: value.base_currency?,
                    currencies: value.currencies?,
                    error: value.error?,
                    errors: value.errors?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::TickerGetResponse> for TickerGetResponse {
            fn from(value: super::TickerGetResponse) -> Self {
                Self {
                    base_currency: Ok(value.base_currency),
                    currencies: Ok(value.currencies),
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TickerListResponse {
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            tickers: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TickerListResponse {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    tickers: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl TickerListResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn tickers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tickers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tickers: {e}")
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
        impl ::std::convert::TryFrom<TickerListResponse> for super::TickerListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TickerListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    errors: value.errors?,
                    tickers: value.tickers?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::TickerListResponse> for TickerListResponse {
            fn from(value: super::TickerListResponse) -> Self {
                Self {
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    tickers: Ok(value.tickers),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TickerPrice {
            price: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TickerPrice {
            fn default() -> Self {
                Self {
                    price: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl TickerPrice {
            pub fn price<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.price = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for price: {e}")
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
        impl ::std::convert::TryFrom<TickerPrice> for super::TickerPrice {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TickerPrice,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    price: value.price?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::TickerPrice> for TickerPrice {
            fn from(value: super::TickerPrice) -> Self {
                Self {
                    price: Ok(value.price),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TransferCreateRequest {
            amount: ::std::result::Result<
                ::payspec::DecimalNumber,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            method: ::std::result::Result<::std::string::String, ::std::string::String>,
            receiver: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TransferCreateRequest {
            fn default() -> Self {
                Self {
                    amount: Err("no value supplied for amount".to_string()),
                    description: Ok(Default::default()),
                    method: Err("no value supplied for method".to_string()),
                    receiver: Err("no value supplied for receiver".to_string()),
                }
            }
        }
        impl TransferCreateRequest {
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
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.method = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for method: {e}")
                    });
                self
            }
            pub fn receiver<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.receiver = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for receiver: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TransferCreateRequest>
        for super::TransferCreateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TransferCreateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    description: value.description?,
                    method: value.method?,
                    receiver: value.receiver?,
                })
            }
        }
        impl ::std::convert::From<super::TransferCreateRequest>
        for TransferCreateRequest {
            fn from(value: super::TransferCreateRequest) -> Self {
                Self {
                    amount: Ok(value.amount),
                    description: Ok(value.description),
                    method: Ok(value.method),
                    receiver: Ok(value.receiver),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TransferIdRequest {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for TransferIdRequest {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl TransferIdRequest {
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
        impl ::std::convert::TryFrom<TransferIdRequest> for super::TransferIdRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TransferIdRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }
        impl ::std::convert::From<super::TransferIdRequest> for TransferIdRequest {
            fn from(value: super::TransferIdRequest) -> Self {
                Self { id: Ok(value.id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TransferInfo {
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            amount_currency: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                ::std::string::String,
            >,
            final_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            receiver: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sender: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
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
        impl ::std::default::Default for TransferInfo {
            fn default() -> Self {
                Self {
                    amount: Ok(Default::default()),
                    amount_currency: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    description: Ok(Default::default()),
                    error: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    final_at: Ok(Default::default()),
                    id: Ok(Default::default()),
                    method: Ok(Default::default()),
                    receiver: Ok(Default::default()),
                    sender: Ok(Default::default()),
                    state: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl TransferInfo {
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
            pub fn amount_currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.amount_currency = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for amount_currency: {e}"
                        )
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
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::payspec::Text>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn final_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.final_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for final_at: {e}")
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
            pub fn receiver<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.receiver = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for receiver: {e}")
                    });
                self
            }
            pub fn sender<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sender = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sender: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
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
        impl ::std::convert::TryFrom<TransferInfo> for super::TransferInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TransferInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    amount: value.amount?,
                    amount_currency: value.amount_currency?,
                    created_at: value.created_at?,
                    description: value.description?,
                    error: value.error?,
                    errors: value.errors?,
                    final_at: value.final_at?,
                    id: value.id?,
                    method: value.method?,
                    receiver: value.receiver?,
                    sender: value.sender?,
                    state: value.state?,
                    type_: value.type_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::TransferInfo> for TransferInfo {
            fn from(value: super::TransferInfo) -> Self {
                Self {
                    amount: Ok(value.amount),
                    amount_currency: Ok(value.amount_currency),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    error: Ok(value.error),
                    errors: Ok(value.errors),
                    final_at: Ok(value.final_at),
                    id: Ok(value.id),
                    method: Ok(value.method),
                    receiver: Ok(value.receiver),
                    sender: Ok(value.sender),
                    state: Ok(value.state),
                    type_: Ok(value.type_),
                    extra: Ok(value.extra),
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
    /** Invoice state; known values (SDKs; the official enum page was not retrieved), may grow: `notpayed` (awaiting payment), `processing` (payment being confirmed), `wrongamount` (a different amount was paid), `failed`, `payed` (paid; note the spelling), `unavailable`.

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum InvoiceState {
        /// `notpayed`
        Notpayed,
        /// `processing`
        Processing,
        /// `wrongamount`
        Wrongamount,
        /// `failed`
        Failed,
        /// `payed`
        Payed,
        /// `unavailable`
        Unavailable,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl InvoiceState {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Notpayed => "notpayed",
                Self::Processing => "processing",
                Self::Wrongamount => "wrongamount",
                Self::Failed => "failed",
                Self::Payed => "payed",
                Self::Unavailable => "unavailable",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for InvoiceState {
        fn from(value: &str) -> Self {
            match value {
                "notpayed" => Self::Notpayed,
                "processing" => Self::Processing,
                "wrongamount" => Self::Wrongamount,
                "failed" => Self::Failed,
                "payed" => Self::Payed,
                "unavailable" => Self::Unavailable,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for InvoiceState {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for InvoiceState {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for InvoiceState {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for InvoiceState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for InvoiceState {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for InvoiceState {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
    /** Invoice type: `purchase` (payment for goods or services) or `topup` (balance top-up).

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum InvoiceType {
        /// `purchase`
        Purchase,
        /// `topup`
        Topup,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl InvoiceType {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Purchase => "purchase",
                Self::Topup => "topup",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for InvoiceType {
        fn from(value: &str) -> Self {
            match value {
                "purchase" => Self::Purchase,
                "topup" => Self::Topup,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for InvoiceType {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for InvoiceType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for InvoiceType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for InvoiceType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for InvoiceType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for InvoiceType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
    /** Payout state; known values (v2 SDK types, no v3 contradiction seen), may grow: `created` (awaiting submit or cancel), `processing`, `payed` (sent), `failed`, `canceled`.

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum PayoffState {
        /// `created`
        Created,
        /// `processing`
        Processing,
        /// `payed`
        Payed,
        /// `failed`
        Failed,
        /// `canceled`
        Canceled,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl PayoffState {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Created => "created",
                Self::Processing => "processing",
                Self::Payed => "payed",
                Self::Failed => "failed",
                Self::Canceled => "canceled",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for PayoffState {
        fn from(value: &str) -> Self {
            match value {
                "created" => Self::Created,
                "processing" => Self::Processing,
                "payed" => Self::Payed,
                "failed" => Self::Failed,
                "canceled" => Self::Canceled,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for PayoffState {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for PayoffState {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for PayoffState {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PayoffState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PayoffState {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PayoffState {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
    /** Who bears the commission: `amount` (default; taken out of the amount) or `balance` (charged to the cash-desk balance, so the full amount goes through).

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SubtractFrom {
        /// `amount`
        Amount,
        /// `balance`
        Balance,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl SubtractFrom {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Amount => "amount",
                Self::Balance => "balance",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for SubtractFrom {
        fn from(value: &str) -> Self {
            match value {
                "amount" => Self::Amount,
                "balance" => Self::Balance,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for SubtractFrom {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for SubtractFrom {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for SubtractFrom {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SubtractFrom {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SubtractFrom {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SubtractFrom {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
    /** Which side `amount` refers to: `source` (debited balance) or `target` (credited balance).

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SwapAmountType {
        /// `source`
        Source,
        /// `target`
        Target,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl SwapAmountType {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Source => "source",
                Self::Target => "target",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for SwapAmountType {
        fn from(value: &str) -> Self {
            match value {
                "source" => Self::Source,
                "target" => Self::Target,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for SwapAmountType {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for SwapAmountType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for SwapAmountType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for SwapAmountType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for SwapAmountType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SwapAmountType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
    /// The items of a `ReportInvoiceHistoryResponse` page: its `items`; its `has_next_page` says whether another page follows.
    impl ::payspec::paginate::Items for ReportInvoiceHistoryResponse {
        type Item = <::std::option::Option<
            ::payspec::LenientList<crate::generated::types::InvoiceInfo>,
        > as ::payspec::paginate::Items>::Item;
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            ::payspec::paginate::Items::into_items(self.items)
        }
        fn into_page(self) -> ::payspec::paginate::Page<Self::Item> {
            ::payspec::paginate::Page {
                has_next: ::payspec::paginate::NextFlag::next_flag(&self.has_next_page),
                items: ::payspec::paginate::Items::into_items(self.items),
            }
        }
    }
    /// The items of a `ReportPayoffHistoryResponse` page: its `items`; its `has_next_page` says whether another page follows.
    impl ::payspec::paginate::Items for ReportPayoffHistoryResponse {
        type Item = <::std::option::Option<
            ::payspec::LenientList<crate::generated::types::PayoffInfo>,
        > as ::payspec::paginate::Items>::Item;
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            ::payspec::paginate::Items::into_items(self.items)
        }
        fn into_page(self) -> ::payspec::paginate::Page<Self::Item> {
            ::payspec::paginate::Page {
                has_next: ::payspec::paginate::NextFlag::next_flag(&self.has_next_page),
                items: ::payspec::paginate::Items::into_items(self.items),
            }
        }
    }
    /// The items of a `ReportSwapHistoryResponse` page: its `items`; its `has_next_page` says whether another page follows.
    impl ::payspec::paginate::Items for ReportSwapHistoryResponse {
        type Item = <::std::option::Option<
            ::payspec::LenientList<crate::generated::types::SwapInfo>,
        > as ::payspec::paginate::Items>::Item;
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            ::payspec::paginate::Items::into_items(self.items)
        }
        fn into_page(self) -> ::payspec::paginate::Page<Self::Item> {
            ::payspec::paginate::Page {
                has_next: ::payspec::paginate::NextFlag::next_flag(&self.has_next_page),
                items: ::payspec::paginate::Items::into_items(self.items),
            }
        }
    }
    /// The items of a `ReportTransferHistoryResponse` page: its `items`; its `has_next_page` says whether another page follows.
    impl ::payspec::paginate::Items for ReportTransferHistoryResponse {
        type Item = <::std::option::Option<
            ::payspec::LenientList<crate::generated::types::TransferInfo>,
        > as ::payspec::paginate::Items>::Item;
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            ::payspec::paginate::Items::into_items(self.items)
        }
        fn into_page(self) -> ::payspec::paginate::Page<Self::Item> {
            ::payspec::paginate::Page {
                has_next: ::payspec::paginate::NextFlag::next_flag(&self.has_next_page),
                items: ::payspec::paginate::Items::into_items(self.items),
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for CrystalPay API

CrystalPay payment platform API, version 3 (the "v3" path prefix), as far as public sources show it.

**Transport.** Base URL `https://api.crystalpay.io`; every path carries the full documented
path with the `/v3` prefix and a trailing slash (`/v3/invoice/create/`). Every method is a
`POST` with a JSON body (`Content-Type: application/json`) and answers with JSON. There are no
GET endpoints.

**Authentication.** Each request body carries the cash-desk (касса) credentials `auth_login`
(cash-desk login) and `auth_secret` (cash-desk secret key). They are deliberately absent from
every request schema in this document: the client merges both fields into every JSON body
(see root `x-auth`). Operations with no parameters of their own declare no request body
(`x-request-body` says why); the client sends an object with just the credentials.

**Signatures.** A third secret, the salt ("Secret 2" in SDKs), is never sent. Money-moving
calls (payoff, swap and transfer create/submit/cancel) carry a `signature` body field equal
to the lowercase hex SHA-1 of the listed body fields and the salt joined by `:`
(e.g. `sha1("{amount}:{method}:{wallet}:{salt}")`). The client computes it from the salt and
the exact text of the named fields as sent; the caller never passes it, and it is absent
from every request schema. Each such operation declares the fields in `x-signature`.
Callbacks sent by CrystalPay carry `signature = sha1("{id}:{salt}")` (see `InvoiceCallback`).

**The text of a signed amount (inferred).** No public page says how the server reads the
amount back when it checks the signature: as the digits it received, or as the number it
parsed, printed again (what a PHP backend does: `json_decode` gives the float `10.0`, which
prints as `10`; `150.50` prints as `150.5`). The two readings disagree whenever an amount is
sent with trailing zeros (`100.00` would be signed as `100.00` and checked as `100`). So the
signed amounts (`x-signature` `canonical`: the `amount` of payoff, swap and transfer
create) go on the wire **and** into the signature as the shortest exact decimal text of
their value: no trailing zeros after the point, no point without decimals, no exponent, no
`+` (`100.00` → `100`, `150.50` → `150.5`, `0.00050000` → `0.0005`). Under the first
reading the server signs exactly what was sent. Under the second, PHP prints a parsed
number with up to 14 significant digits, in plain digits from `0.0001` to below `10^14`
(`(string)` of a float, the default `precision`); for every amount in that range with at
most 14 significant digits, that print is this same text. Outside it PHP writes an
exponent (`1.0E-5`) or rounds, which no plain decimal matches; there only the first reading
can be met, and the plain text is kept. The public clients (Python) send and sign the number
as Python prints it (`10`, `150.5`; `str(amount)` in
https://github.com/mrsmori/pycrystalpay/blob/8a5cf00e9dbdada0deb969b64d1bfdfaceb461e6/pycrystalpay/wrapper/async_/payoff.py
and
https://github.com/I-ToSa-I/AsyncPayments/blob/0645581756259929fa727759d1e645b1246b9f5e/AsyncPayments/crystalPay/api.py),
which is this text too for such amounts unless they pass a whole float (`10.0`). The
caller's value keeps its digits; only the wire and the signature carry the canonical text.

**Envelope.** Success is HTTP 200 with `"error": false, "errors": []` next to the method's
own fields. Failure is *also* HTTP 200, with `"error": true` and `errors` a list of
human-readable strings (`FailEnvelope`, root `x-error-envelope`); the client checks for it
before decoding. Every operation's `200` is therefore `anyOf` its success schema and
`FailEnvelope`; the success schemas declare `error` (`false`) and `errors` (empty) too, as
they appear on the wire.

**Unknown fields.** Every object CrystalPay sends declares `additionalProperties: {}`:
members this document does not name are kept (the Rust types collect them in `extra`).

**Types.** v3 responses send money amounts, prices, limits and commissions as strings
(`"100"`, `"0.0005"`): they use the lenient `Decimal`. Request amounts are documented as
`number` and use `DecimalNumber` (a JSON number with the exact digits). Datetimes are strings
`YYYY-MM-DD HH:MM:SS`. Unset values come back as `null`. Every response field is optional
(older v3 revisions return fewer fields), and `null` decodes as absent. Keyed collections
(`balance/list`, `method/list`, ...) come back as `[]` when empty, hence the `LenientMap` /
`LenientList` components. Method codes, tickers and currencies are free strings; states and
types are open enums or documented strings, since CrystalPay extends them.

**Sources and gaps.** Only some v3 pages were available (invoice/create, invoice/info,
method/get, balance/list, payoff/info, swap/submit, callback/payoff/list, the specification
and authentication pages). Other methods follow third-party v3 SDKs and are marked
"inferred" in their `x-source`. v2 differs in field names (v2 used numeric amounts,
`service_commission`, `extra_commission`, `pay_amount`; v3 uses string amounts,
`commission_amount`, `initial_amount`, `final_at`). A third-party SDK throttles itself to
5 requests per second; the docs have a rate-limit section whose exact wording was not
retrieved.


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
    /**Get cash-desk information

Returns the identity of the cash desk (касса) the credentials belong to: its numeric id, name (the login), verification level and creation date. Takes no parameters of its own (one SDK also sends `hide_empty`, which is presumably ignored and is left out here).

Sends a `POST` request to `/v3/me/info/`

```ignore
let response = client.me_info()
    .send()
    .await;
```*/
    pub fn me_info(&self) -> builder::MeInfo<'_> {
        builder::MeInfo::new(self)
    }
    /**List balances

Returns every balance of the cash desk, keyed by the internal balance / method name (`BITCOIN`, `USDTTRC`, ...). With `hide_empty` zero balances are left out. When nothing is left to return, `items` is an empty JSON array `[]` rather than `{}`.

Sends a `POST` request to `/v3/balance/list/`

```ignore
let response = client.balance_list()
    .body(body)
    .send()
    .await;
```*/
    pub fn balance_list(&self) -> builder::BalanceList<'_> {
        builder::BalanceList::new(self)
    }
    /**Get one balance

Returns the balance of one payment method, named by its internal code (`method`).

Sends a `POST` request to `/v3/balance/get/`

```ignore
let response = client.balance_get()
    .body(body)
    .send()
    .await;
```*/
    pub fn balance_get(&self) -> builder::BalanceGet<'_> {
        builder::BalanceGet::new(self)
    }
    /**List payment methods

Returns every payment method available to the cash desk, keyed by method code. Each value has the shape of the `method/get` answer (without the `method` key). With `compact` only basic information is returned (the `in` / `out` blocks may then be missing). An empty result may come back as `[]`.

Sends a `POST` request to `/v3/method/list/`

```ignore
let response = client.method_list()
    .body(body)
    .send()
    .await;
```*/
    pub fn method_list(&self) -> builder::MethodList<'_> {
        builder::MethodList::new(self)
    }
    /**Get one payment method

Returns one payment method: display name, currency, precision, the verification level the cash desk needs, the merchant's own settings (`settings.in` / `settings.out`: on/off switch and extra commissions charged on top), and the platform side (`in` / `out`: availability, limits, commissions, network fee).

Sends a `POST` request to `/v3/method/get/`

```ignore
let response = client.method_get()
    .body(body)
    .send()
    .await;
```*/
    pub fn method_get(&self) -> builder::MethodGet<'_> {
        builder::MethodGet::new(self)
    }
    /**Change the settings of a payment method

Switches a payment method on or off for the cash desk and/or sets the extra commission (in percent) the merchant charges on top of the platform fee. The success body carries only the envelope. Only the v2-style body (`method`, `extra_commission_percent`, `enabled`) is known; v3 may instead take the `settings.in` / `settings.out` structure seen in `method/get` (unverified).

Sends a `POST` request to `/v3/method/edit/`

```ignore
let response = client.method_edit()
    .body(body)
    .send()
    .await;
```*/
    pub fn method_edit(&self) -> builder::MethodEdit<'_> {
        builder::MethodEdit::new(self)
    }
    /**Create an invoice

Creates an invoice (инвойс) for `amount` in `currency` (RUB by default) and returns its id and payment page URL. `type` tells a purchase from a balance top-up; `lifetime` is the number of minutes the invoice stays payable (at most 4320, i.e. 3 days, per SDKs). `subtract_from` chooses who bears the commission. `required_method` pins a payment method so the payer cannot pick another one. `callback_url` receives an HTTP callback when the invoice is paid (body: `InvoiceCallback`). `currency` was formerly named `amount_currency`.

Sends a `POST` request to `/v3/invoice/create/`

```ignore
let response = client.invoice_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn invoice_create(&self) -> builder::InvoiceCreate<'_> {
        builder::InvoiceCreate::new(self)
    }
    /**Get invoice information

Returns the current state of an invoice and all its amounts. Paid means `state == payed` (sic). Integrations re-read the invoice here after a callback and act only on `payed`.

Sends a `POST` request to `/v3/invoice/info/`

```ignore
let response = client.invoice_info()
    .body(body)
    .send()
    .await;
```*/
    pub fn invoice_info(&self) -> builder::InvoiceInfo<'_> {
        builder::InvoiceInfo::new(self)
    }
    /**Create a payout

Creates a payout (вывод) request of `amount` through `method` to `wallet`. The request is only a quote until it is confirmed with `payoff/submit` (or dropped with `payoff/cancel`); its state is `created` meanwhile. `amount_currency` lets the amount be given in another currency, converted into the method's currency. `subtract_from: amount` takes the commission out of the amount; `balance` charges it to the balance so the exact amount is sent. Signed: the client adds `signature = sha1("{amount}:{method}:{wallet}:{salt}")`.

Sends a `POST` request to `/v3/payoff/create/`

```ignore
let response = client.payoff_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn payoff_create(&self) -> builder::PayoffCreate<'_> {
        builder::PayoffCreate::new(self)
    }
    /**Confirm a payout

Confirms a payout created with `payoff/create` (only possible in state `created`); it then moves to `processing`. Signed: the client adds `signature = sha1("{id}:{salt}")`.

Sends a `POST` request to `/v3/payoff/submit/`

```ignore
let response = client.payoff_submit()
    .body(body)
    .send()
    .await;
```*/
    pub fn payoff_submit(&self) -> builder::PayoffSubmit<'_> {
        builder::PayoffSubmit::new(self)
    }
    /**Cancel a payout

Cancels a payout that has not been submitted; it moves to `canceled` (v2 examples also set `message` to "Canceled"). Signed: the client adds `signature = sha1("{id}:{salt}")`.

Sends a `POST` request to `/v3/payoff/cancel/`

```ignore
let response = client.payoff_cancel()
    .body(body)
    .send()
    .await;
```*/
    pub fn payoff_cancel(&self) -> builder::PayoffCancel<'_> {
        builder::PayoffCancel::new(self)
    }
    /**Get payout information

Returns the current state of a payout and its amounts: what the recipient receives (`receive_amount`), what is debited (`deduction_amount`) and the commission. `message` carries e.g. a block-explorer link or "Canceled". No signature needed.

Sends a `POST` request to `/v3/payoff/info/`

```ignore
let response = client.payoff_info()
    .body(body)
    .send()
    .await;
```*/
    pub fn payoff_info(&self) -> builder::PayoffInfo<'_> {
        builder::PayoffInfo::new(self)
    }
    /**List exchange pairs

Returns the exchange pairs (обменные пары) available for swaps between balances, optionally filtered by `source` / `target` method and paginated with `page` / `items`. `items` is an object of pairs (presumably keyed by pair id); it may be `[]` when empty.

Sends a `POST` request to `/v3/swap/pair/list/`

```ignore
let response = client.swap_pair_list()
    .body(body)
    .send()
    .await;
```*/
    pub fn swap_pair_list(&self) -> builder::SwapPairList<'_> {
        builder::SwapPairList::new(self)
    }
    /**Get one exchange pair

Returns one exchange pair and its current price.

Sends a `POST` request to `/v3/swap/pair/get/`

```ignore
let response = client.swap_pair_get()
    .body(body)
    .send()
    .await;
```*/
    pub fn swap_pair_get(&self) -> builder::SwapPairGet<'_> {
        builder::SwapPairGet::new(self)
    }
    /**Create a swap

Creates an exchange (обмен) along pair `pair_id`. `amount_type` says whether `amount` is what leaves the source balance (`source`) or what arrives on the target balance (`target`). The swap must then be confirmed with `swap/submit` or dropped with `swap/cancel`. Signed: the client adds `signature = sha1("{amount}:{pair_id}:{salt}")` (formula from one SDK only).

Sends a `POST` request to `/v3/swap/create/`

```ignore
let response = client.swap_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn swap_create(&self) -> builder::SwapCreate<'_> {
        builder::SwapCreate::new(self)
    }
    /**Confirm a swap

Confirms a swap created with `swap/create`; the official page shows it answering with state `success`. Signature judgement: the official page lists only `id` in the body (no `signature`), while the SDK signs `sha1("{id}:{salt}")` like payoff/submit. We keep the signature: the server ignores unknown body fields (SDK practice), so sending it is harmless if it is not needed, and omitting it would fail if it is.

Sends a `POST` request to `/v3/swap/submit/`

```ignore
let response = client.swap_submit()
    .body(body)
    .send()
    .await;
```*/
    pub fn swap_submit(&self) -> builder::SwapSubmit<'_> {
        builder::SwapSubmit::new(self)
    }
    /**Cancel a swap

Cancels a swap that has not been confirmed. Signed: the client adds `signature = sha1("{id}:{salt}")` (formula from one SDK only).

Sends a `POST` request to `/v3/swap/cancel/`

```ignore
let response = client.swap_cancel()
    .body(body)
    .send()
    .await;
```*/
    pub fn swap_cancel(&self) -> builder::SwapCancel<'_> {
        builder::SwapCancel::new(self)
    }
    /**Get swap information

Returns the current state of a swap. No signature needed.

Sends a `POST` request to `/v3/swap/info/`

```ignore
let response = client.swap_info()
    .body(body)
    .send()
    .await;
```*/
    pub fn swap_info(&self) -> builder::SwapInfo<'_> {
        builder::SwapInfo::new(self)
    }
    /**Create a transfer

Creates a transfer (перевод) of `amount` from the `method` balance to another CrystalPay cash desk, named by its login in `receiver`. It must then be confirmed with `transfer/submit` or dropped with `transfer/cancel`. Signed: the client adds `signature = sha1("{amount}:{method}:{receiver}:{salt}")` (formula from one SDK only).

Sends a `POST` request to `/v3/transfer/create/`

```ignore
let response = client.transfer_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn transfer_create(&self) -> builder::TransferCreate<'_> {
        builder::TransferCreate::new(self)
    }
    /**Confirm a transfer

Confirms a transfer created with `transfer/create`. Signed: the client adds `signature = sha1("{id}:{salt}")` (formula from one SDK only).

Sends a `POST` request to `/v3/transfer/submit/`

```ignore
let response = client.transfer_submit()
    .body(body)
    .send()
    .await;
```*/
    pub fn transfer_submit(&self) -> builder::TransferSubmit<'_> {
        builder::TransferSubmit::new(self)
    }
    /**Cancel a transfer

Cancels a transfer that has not been confirmed. Signed: the client adds `signature = sha1("{id}:{salt}")` (formula from one SDK only).

Sends a `POST` request to `/v3/transfer/cancel/`

```ignore
let response = client.transfer_cancel()
    .body(body)
    .send()
    .await;
```*/
    pub fn transfer_cancel(&self) -> builder::TransferCancel<'_> {
        builder::TransferCancel::new(self)
    }
    /**Get transfer information

Returns a transfer with its state, direction (`type`), parties and dates. No signature needed.

Sends a `POST` request to `/v3/transfer/info/`

```ignore
let response = client.transfer_info()
    .body(body)
    .send()
    .await;
```*/
    pub fn transfer_info(&self) -> builder::TransferInfo<'_> {
        builder::TransferInfo::new(self)
    }
    /**List currencies

Returns the currency tickers CrystalPay can quote (`BTC`, `USDT`, `RUB`, ...). Takes no parameters of its own.

Sends a `POST` request to `/v3/ticker/list/`

```ignore
let response = client.ticker_list()
    .send()
    .await;
```*/
    pub fn ticker_list(&self) -> builder::TickerList<'_> {
        builder::TickerList::new(self)
    }
    /**Get exchange rates

Returns the price of each requested ticker in `base_currency` (RUB by default), keyed by ticker. v2 sent prices as numbers; v3 may send strings, so both are accepted.

Sends a `POST` request to `/v3/ticker/get/`

```ignore
let response = client.ticker_get()
    .body(body)
    .send()
    .await;
```*/
    pub fn ticker_get(&self) -> builder::TickerGet<'_> {
        builder::TickerGet::new(self)
    }
    /**Invoice history

Returns a page of invoices created during the last `period` days, newest first (presumably), each with the fields of `invoice/info`. `export_csv` asks for a CSV export (what the answer then contains is not documented). An empty page may come back as `[]` or another falsy value.

Sends a `POST` request to `/v3/report/invoice/history/`

```ignore
let response = client.report_invoice_history()
    .body(body)
    .send()
    .await;
```*/
    pub fn report_invoice_history(&self) -> builder::ReportInvoiceHistory<'_> {
        builder::ReportInvoiceHistory::new(self)
    }
    /**Invoice statistics

Returns totals over the invoices of the last `period` days: paid amount in roubles, paid and total counts, conversion percentage. `export_pdf` asks for a PDF export (what the answer then contains is not documented).

Sends a `POST` request to `/v3/report/invoice/summary/`

```ignore
let response = client.report_invoice_summary()
    .body(body)
    .send()
    .await;
```*/
    pub fn report_invoice_summary(&self) -> builder::ReportInvoiceSummary<'_> {
        builder::ReportInvoiceSummary::new(self)
    }
    /**Payout history

Returns a page of payouts of the last `period` days, each with the fields of `payoff/info`. `export_csv` asks for a CSV export. An empty page may come back as `[]`.

Sends a `POST` request to `/v3/report/payoff/history/`

```ignore
let response = client.report_payoff_history()
    .body(body)
    .send()
    .await;
```*/
    pub fn report_payoff_history(&self) -> builder::ReportPayoffHistory<'_> {
        builder::ReportPayoffHistory::new(self)
    }
    /**Payout statistics

Returns totals over the payouts of the last `period` days (same fields as the invoice summary). `export_pdf` asks for a PDF export.

Sends a `POST` request to `/v3/report/payoff/summary/`

```ignore
let response = client.report_payoff_summary()
    .body(body)
    .send()
    .await;
```*/
    pub fn report_payoff_summary(&self) -> builder::ReportPayoffSummary<'_> {
        builder::ReportPayoffSummary::new(self)
    }
    /**Swap history

Returns a page of swaps of the last `period` days, each with the fields of `swap/info`. An empty page may come back as `[]`.

Sends a `POST` request to `/v3/report/swap/history/`

```ignore
let response = client.report_swap_history()
    .body(body)
    .send()
    .await;
```*/
    pub fn report_swap_history(&self) -> builder::ReportSwapHistory<'_> {
        builder::ReportSwapHistory::new(self)
    }
    /**Transfer history

Returns a page of transfers of the last `period` days, each with the fields of `transfer/info`. An empty page may come back as `[]`.

Sends a `POST` request to `/v3/report/transfer/history/`

```ignore
let response = client.report_transfer_history()
    .body(body)
    .send()
    .await;
```*/
    pub fn report_transfer_history(&self) -> builder::ReportTransferHistory<'_> {
        builder::ReportTransferHistory::new(self)
    }
    /**List the callbacks sent for a payout

Returns the delivery log of the HTTP callbacks (уведомления) CrystalPay sent for one payout: target URL, delivery state, number of attempts, the last answer received (`"<http status> => <body>"`) and timestamps.

Sends a `POST` request to `/v3/callback/payoff/list/`

```ignore
let response = client.callback_payoff_list()
    .body(body)
    .send()
    .await;
```*/
    pub fn callback_payoff_list(&self) -> builder::CallbackPayoffList<'_> {
        builder::CallbackPayoffList::new(self)
    }
    /**List the callbacks sent for an invoice (inferred path)

INFERRED AND UNVERIFIED: no page for this method was found. The path and shapes are inferred by analogy with `callback/payoff/list/` (the official navigation has an Invoice callback section next to the Payoff one). Returns the delivery log of the HTTP callbacks CrystalPay sent for one invoice: target URL, delivery state, attempts, last answer and timestamps. The server may answer with an error envelope if the path does not exist.

Sends a `POST` request to `/v3/callback/invoice/list/`

```ignore
let response = client.callback_invoice_list()
    .body(body)
    .send()
    .await;
```*/
    pub fn callback_invoice_list(&self) -> builder::CallbackInvoiceList<'_> {
        builder::CallbackInvoiceList::new(self)
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
    /**Builder for [`Client::me_info`]

[`Client::me_info`]: super::Client::me_info*/
    #[derive(Debug, Clone)]
    pub struct MeInfo<'a> {
        client: &'a super::Client,
    }
    impl<'a> MeInfo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `POST` request to `/v3/me/info/`
        pub async fn send(self) -> Result<ResponseValue<types::MeInfo>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/v3/me/info/", client.baseurl,);
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "me_info",
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
    /**Builder for [`Client::balance_list`]

[`Client::balance_list`]: super::Client::balance_list*/
    #[derive(Debug, Clone)]
    pub struct BalanceList<'a> {
        client: &'a super::Client,
        body: Result<types::builder::BalanceListRequest, String>,
    }
    impl<'a> BalanceList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BalanceListRequest>,
            <V as std::convert::TryInto<
                types::BalanceListRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `BalanceListRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BalanceListRequest,
            ) -> types::builder::BalanceListRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/balance/list/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BalanceListResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::BalanceListRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/balance/list/", client.baseurl,);
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
                operation_id: "balance_list",
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
    /**Builder for [`Client::balance_get`]

[`Client::balance_get`]: super::Client::balance_get*/
    #[derive(Debug, Clone)]
    pub struct BalanceGet<'a> {
        client: &'a super::Client,
        body: Result<types::builder::BalanceGetRequest, String>,
    }
    impl<'a> BalanceGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BalanceGetRequest>,
            <V as std::convert::TryInto<
                types::BalanceGetRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `BalanceGetRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::BalanceGetRequest,
            ) -> types::builder::BalanceGetRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/balance/get/`
        pub async fn send(self) -> Result<ResponseValue<types::BalanceItem>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::BalanceGetRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/balance/get/", client.baseurl,);
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
                operation_id: "balance_get",
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
    /**Builder for [`Client::method_list`]

[`Client::method_list`]: super::Client::method_list*/
    #[derive(Debug, Clone)]
    pub struct MethodList<'a> {
        client: &'a super::Client,
        body: Result<types::builder::MethodListRequest, String>,
    }
    impl<'a> MethodList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MethodListRequest>,
            <V as std::convert::TryInto<
                types::MethodListRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `MethodListRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::MethodListRequest,
            ) -> types::builder::MethodListRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/method/list/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::MethodListResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::MethodListRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/method/list/", client.baseurl,);
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
                operation_id: "method_list",
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
    /**Builder for [`Client::method_get`]

[`Client::method_get`]: super::Client::method_get*/
    #[derive(Debug, Clone)]
    pub struct MethodGet<'a> {
        client: &'a super::Client,
        body: Result<types::builder::MethodGetRequest, String>,
    }
    impl<'a> MethodGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MethodGetRequest>,
            <V as std::convert::TryInto<
                types::MethodGetRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `MethodGetRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::MethodGetRequest,
            ) -> types::builder::MethodGetRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/method/get/`
        pub async fn send(self) -> Result<ResponseValue<types::MethodInfo>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::MethodGetRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/method/get/", client.baseurl,);
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
                operation_id: "method_get",
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
    /**Builder for [`Client::method_edit`]

[`Client::method_edit`]: super::Client::method_edit*/
    #[derive(Debug, Clone)]
    pub struct MethodEdit<'a> {
        client: &'a super::Client,
        body: Result<types::builder::MethodEditRequest, String>,
    }
    impl<'a> MethodEdit<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MethodEditRequest>,
            <V as std::convert::TryInto<
                types::MethodEditRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `MethodEditRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::MethodEditRequest,
            ) -> types::builder::MethodEditRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/method/edit/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::EmptyResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::MethodEditRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/method/edit/", client.baseurl,);
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
                operation_id: "method_edit",
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
    /**Builder for [`Client::invoice_create`]

[`Client::invoice_create`]: super::Client::invoice_create*/
    #[derive(Debug, Clone)]
    pub struct InvoiceCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::InvoiceCreateRequest, String>,
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
            V: std::convert::TryInto<types::InvoiceCreateRequest>,
            <V as std::convert::TryInto<
                types::InvoiceCreateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `InvoiceCreateRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::InvoiceCreateRequest,
            ) -> types::builder::InvoiceCreateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/invoice/create/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::InvoiceCreateResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::InvoiceCreateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/invoice/create/", client.baseurl,);
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::invoice_info`]

[`Client::invoice_info`]: super::Client::invoice_info*/
    #[derive(Debug, Clone)]
    pub struct InvoiceInfo<'a> {
        client: &'a super::Client,
        body: Result<types::builder::InvoiceIdRequest, String>,
    }
    impl<'a> InvoiceInfo<'a> {
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
        ///Sends a `POST` request to `/v3/invoice/info/`
        pub async fn send(self) -> Result<ResponseValue<types::InvoiceInfo>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::InvoiceIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/invoice/info/", client.baseurl,);
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
                operation_id: "invoice_info",
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
    /**Builder for [`Client::payoff_create`]

[`Client::payoff_create`]: super::Client::payoff_create*/
    #[derive(Debug, Clone)]
    pub struct PayoffCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PayoffCreateRequest, String>,
    }
    impl<'a> PayoffCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PayoffCreateRequest>,
            <V as std::convert::TryInto<
                types::PayoffCreateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PayoffCreateRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PayoffCreateRequest,
            ) -> types::builder::PayoffCreateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/payoff/create/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PayoffCreateResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PayoffCreateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/payoff/create/", client.baseurl,);
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
                operation_id: "payoff_create",
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
    /**Builder for [`Client::payoff_submit`]

[`Client::payoff_submit`]: super::Client::payoff_submit*/
    #[derive(Debug, Clone)]
    pub struct PayoffSubmit<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PayoffIdRequest, String>,
    }
    impl<'a> PayoffSubmit<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PayoffIdRequest>,
            <V as std::convert::TryInto<
                types::PayoffIdRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PayoffIdRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PayoffIdRequest,
            ) -> types::builder::PayoffIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/payoff/submit/`
        pub async fn send(self) -> Result<ResponseValue<types::PayoffInfo>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PayoffIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/payoff/submit/", client.baseurl,);
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
                operation_id: "payoff_submit",
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
    /**Builder for [`Client::payoff_cancel`]

[`Client::payoff_cancel`]: super::Client::payoff_cancel*/
    #[derive(Debug, Clone)]
    pub struct PayoffCancel<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PayoffIdRequest, String>,
    }
    impl<'a> PayoffCancel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PayoffIdRequest>,
            <V as std::convert::TryInto<
                types::PayoffIdRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PayoffIdRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PayoffIdRequest,
            ) -> types::builder::PayoffIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/payoff/cancel/`
        pub async fn send(self) -> Result<ResponseValue<types::PayoffInfo>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PayoffIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/payoff/cancel/", client.baseurl,);
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
                operation_id: "payoff_cancel",
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
    /**Builder for [`Client::payoff_info`]

[`Client::payoff_info`]: super::Client::payoff_info*/
    #[derive(Debug, Clone)]
    pub struct PayoffInfo<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PayoffIdRequest, String>,
    }
    impl<'a> PayoffInfo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PayoffIdRequest>,
            <V as std::convert::TryInto<
                types::PayoffIdRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PayoffIdRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PayoffIdRequest,
            ) -> types::builder::PayoffIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/payoff/info/`
        pub async fn send(self) -> Result<ResponseValue<types::PayoffInfo>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PayoffIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/payoff/info/", client.baseurl,);
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
                operation_id: "payoff_info",
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
    /**Builder for [`Client::swap_pair_list`]

[`Client::swap_pair_list`]: super::Client::swap_pair_list*/
    #[derive(Debug, Clone)]
    pub struct SwapPairList<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SwapPairListRequest, String>,
    }
    impl<'a> SwapPairList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SwapPairListRequest>,
            <V as std::convert::TryInto<
                types::SwapPairListRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SwapPairListRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SwapPairListRequest,
            ) -> types::builder::SwapPairListRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/swap/pair/list/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SwapPairListResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SwapPairListRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/swap/pair/list/", client.baseurl,);
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
                operation_id: "swap_pair_list",
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
    /**Builder for [`Client::swap_pair_get`]

[`Client::swap_pair_get`]: super::Client::swap_pair_get*/
    #[derive(Debug, Clone)]
    pub struct SwapPairGet<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SwapPairGetRequest, String>,
    }
    impl<'a> SwapPairGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SwapPairGetRequest>,
            <V as std::convert::TryInto<
                types::SwapPairGetRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SwapPairGetRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SwapPairGetRequest,
            ) -> types::builder::SwapPairGetRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/swap/pair/get/`
        pub async fn send(self) -> Result<ResponseValue<types::SwapPair>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SwapPairGetRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/swap/pair/get/", client.baseurl,);
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
                operation_id: "swap_pair_get",
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
    /**Builder for [`Client::swap_create`]

[`Client::swap_create`]: super::Client::swap_create*/
    #[derive(Debug, Clone)]
    pub struct SwapCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SwapCreateRequest, String>,
    }
    impl<'a> SwapCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SwapCreateRequest>,
            <V as std::convert::TryInto<
                types::SwapCreateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SwapCreateRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SwapCreateRequest,
            ) -> types::builder::SwapCreateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/swap/create/`
        pub async fn send(self) -> Result<ResponseValue<types::SwapInfo>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SwapCreateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/swap/create/", client.baseurl,);
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
                operation_id: "swap_create",
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
    /**Builder for [`Client::swap_submit`]

[`Client::swap_submit`]: super::Client::swap_submit*/
    #[derive(Debug, Clone)]
    pub struct SwapSubmit<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SwapIdRequest, String>,
    }
    impl<'a> SwapSubmit<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SwapIdRequest>,
            <V as std::convert::TryInto<types::SwapIdRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SwapIdRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SwapIdRequest,
            ) -> types::builder::SwapIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/swap/submit/`
        pub async fn send(self) -> Result<ResponseValue<types::SwapInfo>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SwapIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/swap/submit/", client.baseurl,);
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
                operation_id: "swap_submit",
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
    /**Builder for [`Client::swap_cancel`]

[`Client::swap_cancel`]: super::Client::swap_cancel*/
    #[derive(Debug, Clone)]
    pub struct SwapCancel<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SwapIdRequest, String>,
    }
    impl<'a> SwapCancel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SwapIdRequest>,
            <V as std::convert::TryInto<types::SwapIdRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SwapIdRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SwapIdRequest,
            ) -> types::builder::SwapIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/swap/cancel/`
        pub async fn send(self) -> Result<ResponseValue<types::SwapInfo>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SwapIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/swap/cancel/", client.baseurl,);
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
                operation_id: "swap_cancel",
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
    /**Builder for [`Client::swap_info`]

[`Client::swap_info`]: super::Client::swap_info*/
    #[derive(Debug, Clone)]
    pub struct SwapInfo<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SwapIdRequest, String>,
    }
    impl<'a> SwapInfo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SwapIdRequest>,
            <V as std::convert::TryInto<types::SwapIdRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SwapIdRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SwapIdRequest,
            ) -> types::builder::SwapIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/swap/info/`
        pub async fn send(self) -> Result<ResponseValue<types::SwapInfo>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SwapIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/swap/info/", client.baseurl,);
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
                operation_id: "swap_info",
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
    /**Builder for [`Client::transfer_create`]

[`Client::transfer_create`]: super::Client::transfer_create*/
    #[derive(Debug, Clone)]
    pub struct TransferCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::TransferCreateRequest, String>,
    }
    impl<'a> TransferCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TransferCreateRequest>,
            <V as std::convert::TryInto<
                types::TransferCreateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `TransferCreateRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TransferCreateRequest,
            ) -> types::builder::TransferCreateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/transfer/create/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TransferInfo>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::TransferCreateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/transfer/create/", client.baseurl,);
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
                operation_id: "transfer_create",
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
    /**Builder for [`Client::transfer_submit`]

[`Client::transfer_submit`]: super::Client::transfer_submit*/
    #[derive(Debug, Clone)]
    pub struct TransferSubmit<'a> {
        client: &'a super::Client,
        body: Result<types::builder::TransferIdRequest, String>,
    }
    impl<'a> TransferSubmit<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TransferIdRequest>,
            <V as std::convert::TryInto<
                types::TransferIdRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `TransferIdRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TransferIdRequest,
            ) -> types::builder::TransferIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/transfer/submit/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TransferInfo>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::TransferIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/transfer/submit/", client.baseurl,);
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
                operation_id: "transfer_submit",
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
    /**Builder for [`Client::transfer_cancel`]

[`Client::transfer_cancel`]: super::Client::transfer_cancel*/
    #[derive(Debug, Clone)]
    pub struct TransferCancel<'a> {
        client: &'a super::Client,
        body: Result<types::builder::TransferIdRequest, String>,
    }
    impl<'a> TransferCancel<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TransferIdRequest>,
            <V as std::convert::TryInto<
                types::TransferIdRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `TransferIdRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TransferIdRequest,
            ) -> types::builder::TransferIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/transfer/cancel/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TransferInfo>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::TransferIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/transfer/cancel/", client.baseurl,);
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
                operation_id: "transfer_cancel",
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
    /**Builder for [`Client::transfer_info`]

[`Client::transfer_info`]: super::Client::transfer_info*/
    #[derive(Debug, Clone)]
    pub struct TransferInfo<'a> {
        client: &'a super::Client,
        body: Result<types::builder::TransferIdRequest, String>,
    }
    impl<'a> TransferInfo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TransferIdRequest>,
            <V as std::convert::TryInto<
                types::TransferIdRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `TransferIdRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TransferIdRequest,
            ) -> types::builder::TransferIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/transfer/info/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TransferInfo>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::TransferIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/transfer/info/", client.baseurl,);
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
                operation_id: "transfer_info",
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
    /**Builder for [`Client::ticker_list`]

[`Client::ticker_list`]: super::Client::ticker_list*/
    #[derive(Debug, Clone)]
    pub struct TickerList<'a> {
        client: &'a super::Client,
    }
    impl<'a> TickerList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `POST` request to `/v3/ticker/list/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TickerListResponse>, Error<()>> {
            let Self { client } = self;
            let url = format!("{}/v3/ticker/list/", client.baseurl,);
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "ticker_list",
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
    /**Builder for [`Client::ticker_get`]

[`Client::ticker_get`]: super::Client::ticker_get*/
    #[derive(Debug, Clone)]
    pub struct TickerGet<'a> {
        client: &'a super::Client,
        body: Result<types::builder::TickerGetRequest, String>,
    }
    impl<'a> TickerGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TickerGetRequest>,
            <V as std::convert::TryInto<
                types::TickerGetRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `TickerGetRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TickerGetRequest,
            ) -> types::builder::TickerGetRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/ticker/get/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TickerGetResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::TickerGetRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/ticker/get/", client.baseurl,);
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
                operation_id: "ticker_get",
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
    /**Builder for [`Client::report_invoice_history`]

[`Client::report_invoice_history`]: super::Client::report_invoice_history*/
    #[derive(Debug, Clone)]
    pub struct ReportInvoiceHistory<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ReportHistoryRequest, String>,
    }
    impl<'a> ReportInvoiceHistory<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReportHistoryRequest>,
            <V as std::convert::TryInto<
                types::ReportHistoryRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ReportHistoryRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ReportHistoryRequest,
            ) -> types::builder::ReportHistoryRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/report/invoice/history/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ReportInvoiceHistoryResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ReportHistoryRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/report/invoice/history/", client.baseurl,);
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
                operation_id: "report_invoice_history",
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
    /**Builder for [`Client::report_invoice_summary`]

[`Client::report_invoice_summary`]: super::Client::report_invoice_summary*/
    #[derive(Debug, Clone)]
    pub struct ReportInvoiceSummary<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ReportSummaryRequest, String>,
    }
    impl<'a> ReportInvoiceSummary<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReportSummaryRequest>,
            <V as std::convert::TryInto<
                types::ReportSummaryRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ReportSummaryRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ReportSummaryRequest,
            ) -> types::builder::ReportSummaryRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/report/invoice/summary/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ReportSummary>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ReportSummaryRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/report/invoice/summary/", client.baseurl,);
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
                operation_id: "report_invoice_summary",
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
    /**Builder for [`Client::report_payoff_history`]

[`Client::report_payoff_history`]: super::Client::report_payoff_history*/
    #[derive(Debug, Clone)]
    pub struct ReportPayoffHistory<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ReportHistoryRequest, String>,
    }
    impl<'a> ReportPayoffHistory<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReportHistoryRequest>,
            <V as std::convert::TryInto<
                types::ReportHistoryRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ReportHistoryRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ReportHistoryRequest,
            ) -> types::builder::ReportHistoryRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/report/payoff/history/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ReportPayoffHistoryResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ReportHistoryRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/report/payoff/history/", client.baseurl,);
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
                operation_id: "report_payoff_history",
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
    /**Builder for [`Client::report_payoff_summary`]

[`Client::report_payoff_summary`]: super::Client::report_payoff_summary*/
    #[derive(Debug, Clone)]
    pub struct ReportPayoffSummary<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ReportSummaryRequest, String>,
    }
    impl<'a> ReportPayoffSummary<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReportSummaryRequest>,
            <V as std::convert::TryInto<
                types::ReportSummaryRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ReportSummaryRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ReportSummaryRequest,
            ) -> types::builder::ReportSummaryRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/report/payoff/summary/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ReportSummary>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ReportSummaryRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/report/payoff/summary/", client.baseurl,);
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
                operation_id: "report_payoff_summary",
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
    /**Builder for [`Client::report_swap_history`]

[`Client::report_swap_history`]: super::Client::report_swap_history*/
    #[derive(Debug, Clone)]
    pub struct ReportSwapHistory<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ReportHistoryRequest, String>,
    }
    impl<'a> ReportSwapHistory<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReportHistoryRequest>,
            <V as std::convert::TryInto<
                types::ReportHistoryRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ReportHistoryRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ReportHistoryRequest,
            ) -> types::builder::ReportHistoryRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/report/swap/history/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ReportSwapHistoryResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ReportHistoryRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/report/swap/history/", client.baseurl,);
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
                operation_id: "report_swap_history",
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
    /**Builder for [`Client::report_transfer_history`]

[`Client::report_transfer_history`]: super::Client::report_transfer_history*/
    #[derive(Debug, Clone)]
    pub struct ReportTransferHistory<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ReportHistoryRequest, String>,
    }
    impl<'a> ReportTransferHistory<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReportHistoryRequest>,
            <V as std::convert::TryInto<
                types::ReportHistoryRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ReportHistoryRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ReportHistoryRequest,
            ) -> types::builder::ReportHistoryRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/report/transfer/history/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ReportTransferHistoryResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ReportHistoryRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/report/transfer/history/", client.baseurl,);
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
                operation_id: "report_transfer_history",
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
    /**Builder for [`Client::callback_payoff_list`]

[`Client::callback_payoff_list`]: super::Client::callback_payoff_list*/
    #[derive(Debug, Clone)]
    pub struct CallbackPayoffList<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PayoffIdRequest, String>,
    }
    impl<'a> CallbackPayoffList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PayoffIdRequest>,
            <V as std::convert::TryInto<
                types::PayoffIdRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PayoffIdRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PayoffIdRequest,
            ) -> types::builder::PayoffIdRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v3/callback/payoff/list/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CallbackListResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PayoffIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/callback/payoff/list/", client.baseurl,);
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
                operation_id: "callback_payoff_list",
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
    /**Builder for [`Client::callback_invoice_list`]

[`Client::callback_invoice_list`]: super::Client::callback_invoice_list*/
    #[derive(Debug, Clone)]
    pub struct CallbackInvoiceList<'a> {
        client: &'a super::Client,
        body: Result<types::builder::InvoiceIdRequest, String>,
    }
    impl<'a> CallbackInvoiceList<'a> {
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
        ///Sends a `POST` request to `/v3/callback/invoice/list/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CallbackListResponse>, Error<()>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::InvoiceIdRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v3/callback/invoice/list/", client.baseurl,);
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
                operation_id: "callback_invoice_list",
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
    /// Sends the `me_info` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for MeInfo<'a> {
        type Output = ::std::result::Result<types::MeInfo, ::payspec::Error>;
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
                    "me_info",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "me_info",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `balance_list` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for BalanceList<'a> {
        type Output = ::std::result::Result<
            types::BalanceListResponse,
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
                    "balance_list",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "balance_list",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `balance_get` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for BalanceGet<'a> {
        type Output = ::std::result::Result<types::BalanceItem, ::payspec::Error>;
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
                    "balance_get",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "balance_get",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `method_list` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for MethodList<'a> {
        type Output = ::std::result::Result<types::MethodListResponse, ::payspec::Error>;
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
                    "method_list",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "method_list",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `method_get` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for MethodGet<'a> {
        type Output = ::std::result::Result<types::MethodInfo, ::payspec::Error>;
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
                    "method_get",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "method_get",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `method_edit` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for MethodEdit<'a> {
        type Output = ::std::result::Result<types::EmptyResponse, ::payspec::Error>;
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
                    "method_edit",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "method_edit",
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
            types::InvoiceCreateResponse,
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
    /// Sends the `invoice_info` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for InvoiceInfo<'a> {
        type Output = ::std::result::Result<types::InvoiceInfo, ::payspec::Error>;
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
                    "invoice_info",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "invoice_info",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payoff_create` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PayoffCreate<'a> {
        type Output = ::std::result::Result<
            types::PayoffCreateResponse,
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
                    "payoff_create",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payoff_create",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payoff_submit` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PayoffSubmit<'a> {
        type Output = ::std::result::Result<types::PayoffInfo, ::payspec::Error>;
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
                    "payoff_submit",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payoff_submit",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payoff_cancel` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PayoffCancel<'a> {
        type Output = ::std::result::Result<types::PayoffInfo, ::payspec::Error>;
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
                    "payoff_cancel",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payoff_cancel",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payoff_info` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PayoffInfo<'a> {
        type Output = ::std::result::Result<types::PayoffInfo, ::payspec::Error>;
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
                    "payoff_info",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payoff_info",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `swap_pair_list` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for SwapPairList<'a> {
        type Output = ::std::result::Result<
            types::SwapPairListResponse,
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
                    "swap_pair_list",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "swap_pair_list",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `swap_pair_get` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for SwapPairGet<'a> {
        type Output = ::std::result::Result<types::SwapPair, ::payspec::Error>;
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
                    "swap_pair_get",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "swap_pair_get",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `swap_create` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for SwapCreate<'a> {
        type Output = ::std::result::Result<types::SwapInfo, ::payspec::Error>;
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
                    "swap_create",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "swap_create",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `swap_submit` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for SwapSubmit<'a> {
        type Output = ::std::result::Result<types::SwapInfo, ::payspec::Error>;
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
                    "swap_submit",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "swap_submit",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `swap_cancel` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for SwapCancel<'a> {
        type Output = ::std::result::Result<types::SwapInfo, ::payspec::Error>;
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
                    "swap_cancel",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "swap_cancel",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `swap_info` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for SwapInfo<'a> {
        type Output = ::std::result::Result<types::SwapInfo, ::payspec::Error>;
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
                    "swap_info",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "swap_info",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `transfer_create` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for TransferCreate<'a> {
        type Output = ::std::result::Result<types::TransferInfo, ::payspec::Error>;
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
                    "transfer_create",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "transfer_create",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `transfer_submit` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for TransferSubmit<'a> {
        type Output = ::std::result::Result<types::TransferInfo, ::payspec::Error>;
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
                    "transfer_submit",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "transfer_submit",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `transfer_cancel` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for TransferCancel<'a> {
        type Output = ::std::result::Result<types::TransferInfo, ::payspec::Error>;
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
                    "transfer_cancel",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "transfer_cancel",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `transfer_info` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for TransferInfo<'a> {
        type Output = ::std::result::Result<types::TransferInfo, ::payspec::Error>;
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
                    "transfer_info",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "transfer_info",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `ticker_list` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for TickerList<'a> {
        type Output = ::std::result::Result<types::TickerListResponse, ::payspec::Error>;
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
                    "ticker_list",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "ticker_list",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `ticker_get` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for TickerGet<'a> {
        type Output = ::std::result::Result<types::TickerGetResponse, ::payspec::Error>;
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
                    "ticker_get",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "ticker_get",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `report_invoice_history` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for ReportInvoiceHistory<'a> {
        type Output = ::std::result::Result<
            types::ReportInvoiceHistoryResponse,
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
                    "report_invoice_history",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "report_invoice_history",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `report_invoice_summary` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for ReportInvoiceSummary<'a> {
        type Output = ::std::result::Result<types::ReportSummary, ::payspec::Error>;
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
                    "report_invoice_summary",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "report_invoice_summary",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `report_payoff_history` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for ReportPayoffHistory<'a> {
        type Output = ::std::result::Result<
            types::ReportPayoffHistoryResponse,
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
                    "report_payoff_history",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "report_payoff_history",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `report_payoff_summary` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for ReportPayoffSummary<'a> {
        type Output = ::std::result::Result<types::ReportSummary, ::payspec::Error>;
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
                    "report_payoff_summary",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "report_payoff_summary",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `report_swap_history` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for ReportSwapHistory<'a> {
        type Output = ::std::result::Result<
            types::ReportSwapHistoryResponse,
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
                    "report_swap_history",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "report_swap_history",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `report_transfer_history` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for ReportTransferHistory<'a> {
        type Output = ::std::result::Result<
            types::ReportTransferHistoryResponse,
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
                    "report_transfer_history",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "report_transfer_history",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `callback_payoff_list` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for CallbackPayoffList<'a> {
        type Output = ::std::result::Result<
            types::CallbackListResponse,
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
                    "callback_payoff_list",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "callback_payoff_list",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `callback_invoice_list` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for CallbackInvoiceList<'a> {
        type Output = ::std::result::Result<
            types::CallbackListResponse,
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
                    "callback_invoice_list",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "callback_invoice_list",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    impl<'a> ReportInvoiceHistory<'a> {
        /// Every item of every page, fetched lazily: `page` from 1 on (page number), 20 items a page. The caller's other parameters are kept. See [`payspec::paginate`]. The answer's `has_next_page` decides whether another page is asked for; where it is absent, a short page is the last.
        pub fn stream(
            self,
        ) -> ::payspec::paginate::Pages<
            'a,
            <types::ReportInvoiceHistoryResponse as ::payspec::paginate::Items>::Item,
        > {
            self.stream_by(20i64)
        }
        /// Like [`ReportInvoiceHistory::stream`], with `page_size` items a page (`items`).
        pub fn stream_by(
            self,
            page_size: i64,
        ) -> ::payspec::paginate::Pages<
            'a,
            <types::ReportInvoiceHistoryResponse as ::payspec::paginate::Items>::Item,
        > {
            let paging = ::payspec::paginate::Paging {
                provider: <crate::Inner as ::payspec::Provider>::NAME,
                operation: "report_invoice_history",
                first: 1i64,
                offset: false,
                page_size,
            };
            ::payspec::paginate::Pages::flagged(
                paging,
                move |page| {
                    let call = self
                        .clone()
                        .body_map(move |body| {
                            body
                                .page(::std::option::Option::Some(page))
                                .items(::std::option::Option::Some(page_size))
                        });
                    ::std::boxed::Box::pin(async move {
                        call.await.map(::payspec::paginate::Items::into_page)
                    })
                },
            )
        }
    }
    impl<'a> ReportPayoffHistory<'a> {
        /// Every item of every page, fetched lazily: `page` from 1 on (page number), 20 items a page. The caller's other parameters are kept. See [`payspec::paginate`]. The answer's `has_next_page` decides whether another page is asked for; where it is absent, a short page is the last.
        pub fn stream(
            self,
        ) -> ::payspec::paginate::Pages<
            'a,
            <types::ReportPayoffHistoryResponse as ::payspec::paginate::Items>::Item,
        > {
            self.stream_by(20i64)
        }
        /// Like [`ReportPayoffHistory::stream`], with `page_size` items a page (`items`).
        pub fn stream_by(
            self,
            page_size: i64,
        ) -> ::payspec::paginate::Pages<
            'a,
            <types::ReportPayoffHistoryResponse as ::payspec::paginate::Items>::Item,
        > {
            let paging = ::payspec::paginate::Paging {
                provider: <crate::Inner as ::payspec::Provider>::NAME,
                operation: "report_payoff_history",
                first: 1i64,
                offset: false,
                page_size,
            };
            ::payspec::paginate::Pages::flagged(
                paging,
                move |page| {
                    let call = self
                        .clone()
                        .body_map(move |body| {
                            body
                                .page(::std::option::Option::Some(page))
                                .items(::std::option::Option::Some(page_size))
                        });
                    ::std::boxed::Box::pin(async move {
                        call.await.map(::payspec::paginate::Items::into_page)
                    })
                },
            )
        }
    }
    impl<'a> ReportSwapHistory<'a> {
        /// Every item of every page, fetched lazily: `page` from 1 on (page number), 20 items a page. The caller's other parameters are kept. See [`payspec::paginate`]. The answer's `has_next_page` decides whether another page is asked for; where it is absent, a short page is the last.
        pub fn stream(
            self,
        ) -> ::payspec::paginate::Pages<
            'a,
            <types::ReportSwapHistoryResponse as ::payspec::paginate::Items>::Item,
        > {
            self.stream_by(20i64)
        }
        /// Like [`ReportSwapHistory::stream`], with `page_size` items a page (`items`).
        pub fn stream_by(
            self,
            page_size: i64,
        ) -> ::payspec::paginate::Pages<
            'a,
            <types::ReportSwapHistoryResponse as ::payspec::paginate::Items>::Item,
        > {
            let paging = ::payspec::paginate::Paging {
                provider: <crate::Inner as ::payspec::Provider>::NAME,
                operation: "report_swap_history",
                first: 1i64,
                offset: false,
                page_size,
            };
            ::payspec::paginate::Pages::flagged(
                paging,
                move |page| {
                    let call = self
                        .clone()
                        .body_map(move |body| {
                            body
                                .page(::std::option::Option::Some(page))
                                .items(::std::option::Option::Some(page_size))
                        });
                    ::std::boxed::Box::pin(async move {
                        call.await.map(::payspec::paginate::Items::into_page)
                    })
                },
            )
        }
    }
    impl<'a> ReportTransferHistory<'a> {
        /// Every item of every page, fetched lazily: `page` from 1 on (page number), 20 items a page. The caller's other parameters are kept. See [`payspec::paginate`]. The answer's `has_next_page` decides whether another page is asked for; where it is absent, a short page is the last.
        pub fn stream(
            self,
        ) -> ::payspec::paginate::Pages<
            'a,
            <types::ReportTransferHistoryResponse as ::payspec::paginate::Items>::Item,
        > {
            self.stream_by(20i64)
        }
        /// Like [`ReportTransferHistory::stream`], with `page_size` items a page (`items`).
        pub fn stream_by(
            self,
            page_size: i64,
        ) -> ::payspec::paginate::Pages<
            'a,
            <types::ReportTransferHistoryResponse as ::payspec::paginate::Items>::Item,
        > {
            let paging = ::payspec::paginate::Paging {
                provider: <crate::Inner as ::payspec::Provider>::NAME,
                operation: "report_transfer_history",
                first: 1i64,
                offset: false,
                page_size,
            };
            ::payspec::paginate::Pages::flagged(
                paging,
                move |page| {
                    let call = self
                        .clone()
                        .body_map(move |body| {
                            body
                                .page(::std::option::Option::Some(page))
                                .items(::std::option::Option::Some(page_size))
                        });
                    ::std::boxed::Box::pin(async move {
                        call.await.map(::payspec::paginate::Items::into_page)
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
    "balance_get",
    "balance_list",
    "callback_invoice_list",
    "callback_payoff_list",
    "invoice_create",
    "invoice_info",
    "me_info",
    "method_edit",
    "method_get",
    "method_list",
    "payoff_cancel",
    "payoff_create",
    "payoff_info",
    "payoff_submit",
    "report_invoice_history",
    "report_invoice_summary",
    "report_payoff_history",
    "report_payoff_summary",
    "report_swap_history",
    "report_transfer_history",
    "swap_cancel",
    "swap_create",
    "swap_info",
    "swap_pair_get",
    "swap_pair_list",
    "swap_submit",
    "ticker_get",
    "ticker_list",
    "transfer_cancel",
    "transfer_create",
    "transfer_info",
    "transfer_submit",
];
/// Decodes `body` as the success answer of `operation` the way the client does; `None`
/// for an unknown operation or one whose answer is not JSON. For fuzzing and tests.
#[doc(hidden)]
pub fn decode_response(
    operation: &str,
    body: &[u8],
) -> Option<::std::result::Result<(), ::serde_json::Error>> {
    match operation {
        "balance_get" => {
            Some(::serde_json::from_slice::<types::BalanceItem>(body).map(drop))
        }
        "balance_list" => {
            Some(::serde_json::from_slice::<types::BalanceListResponse>(body).map(drop))
        }
        "callback_invoice_list" => {
            Some(::serde_json::from_slice::<types::CallbackListResponse>(body).map(drop))
        }
        "callback_payoff_list" => {
            Some(::serde_json::from_slice::<types::CallbackListResponse>(body).map(drop))
        }
        "invoice_create" => {
            Some(
                ::serde_json::from_slice::<types::InvoiceCreateResponse>(body).map(drop),
            )
        }
        "invoice_info" => {
            Some(::serde_json::from_slice::<types::InvoiceInfo>(body).map(drop))
        }
        "me_info" => Some(::serde_json::from_slice::<types::MeInfo>(body).map(drop)),
        "method_edit" => {
            Some(::serde_json::from_slice::<types::EmptyResponse>(body).map(drop))
        }
        "method_get" => {
            Some(::serde_json::from_slice::<types::MethodInfo>(body).map(drop))
        }
        "method_list" => {
            Some(::serde_json::from_slice::<types::MethodListResponse>(body).map(drop))
        }
        "payoff_cancel" => {
            Some(::serde_json::from_slice::<types::PayoffInfo>(body).map(drop))
        }
        "payoff_create" => {
            Some(::serde_json::from_slice::<types::PayoffCreateResponse>(body).map(drop))
        }
        "payoff_info" => {
            Some(::serde_json::from_slice::<types::PayoffInfo>(body).map(drop))
        }
        "payoff_submit" => {
            Some(::serde_json::from_slice::<types::PayoffInfo>(body).map(drop))
        }
        "report_invoice_history" => {
            Some(
                ::serde_json::from_slice::<types::ReportInvoiceHistoryResponse>(body)
                    .map(drop),
            )
        }
        "report_invoice_summary" => {
            Some(::serde_json::from_slice::<types::ReportSummary>(body).map(drop))
        }
        "report_payoff_history" => {
            Some(
                ::serde_json::from_slice::<types::ReportPayoffHistoryResponse>(body)
                    .map(drop),
            )
        }
        "report_payoff_summary" => {
            Some(::serde_json::from_slice::<types::ReportSummary>(body).map(drop))
        }
        "report_swap_history" => {
            Some(
                ::serde_json::from_slice::<types::ReportSwapHistoryResponse>(body)
                    .map(drop),
            )
        }
        "report_transfer_history" => {
            Some(
                ::serde_json::from_slice::<types::ReportTransferHistoryResponse>(body)
                    .map(drop),
            )
        }
        "swap_cancel" => {
            Some(::serde_json::from_slice::<types::SwapInfo>(body).map(drop))
        }
        "swap_create" => {
            Some(::serde_json::from_slice::<types::SwapInfo>(body).map(drop))
        }
        "swap_info" => Some(::serde_json::from_slice::<types::SwapInfo>(body).map(drop)),
        "swap_pair_get" => {
            Some(::serde_json::from_slice::<types::SwapPair>(body).map(drop))
        }
        "swap_pair_list" => {
            Some(::serde_json::from_slice::<types::SwapPairListResponse>(body).map(drop))
        }
        "swap_submit" => {
            Some(::serde_json::from_slice::<types::SwapInfo>(body).map(drop))
        }
        "ticker_get" => {
            Some(::serde_json::from_slice::<types::TickerGetResponse>(body).map(drop))
        }
        "ticker_list" => {
            Some(::serde_json::from_slice::<types::TickerListResponse>(body).map(drop))
        }
        "transfer_cancel" => {
            Some(::serde_json::from_slice::<types::TransferInfo>(body).map(drop))
        }
        "transfer_create" => {
            Some(::serde_json::from_slice::<types::TransferInfo>(body).map(drop))
        }
        "transfer_info" => {
            Some(::serde_json::from_slice::<types::TransferInfo>(body).map(drop))
        }
        "transfer_submit" => {
            Some(::serde_json::from_slice::<types::TransferInfo>(body).map(drop))
        }
        _ => None,
    }
}
/// How decoding each type of `mod types` allocates (see `DECODE_COSTS`).
#[allow(non_upper_case_globals)]
pub mod decode_costs {
    use super::types;
    pub static BalanceGetRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("method", &::payspec::envelope::Cost::Scalar)],
            extra: false,
            buffered: false,
        },
    );
    pub static BalanceItem: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("amount_accuracy", &::payspec::envelope::Cost::Scalar),
                ("currency", &::payspec::envelope::Cost::Scalar),
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                ("method", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static BalanceListRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("hide_empty", &::payspec::envelope::Cost::Scalar)],
            extra: false,
            buffered: false,
        },
    );
    pub static BalanceListResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                (
                    "items",
                    &::payspec::envelope::Cost::Map {
                        value: &BalanceItem,
                        size: ::core::mem::size_of::<
                            crate::generated::types::BalanceItem,
                        >(),
                    },
                ),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static CallbackDelivery: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("attempts", &::payspec::envelope::Cost::Scalar),
                ("created_at", &::payspec::envelope::Cost::Scalar),
                ("last_at", &::payspec::envelope::Cost::Scalar),
                ("last_response", &::payspec::envelope::Cost::Scalar),
                ("state", &::payspec::envelope::Cost::Scalar),
                ("url", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static CallbackListResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                (
                    "items",
                    &::payspec::envelope::Cost::List {
                        item: &CallbackDelivery,
                        size: ::core::mem::size_of::<
                            crate::generated::types::CallbackDelivery,
                        >(),
                        lenient: true,
                    },
                ),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static Commissions: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("percent", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static EmptyResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
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
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static InvoiceCallback: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("amount_currency", &::payspec::envelope::Cost::Scalar),
                ("balance_amount", &::payspec::envelope::Cost::Scalar),
                ("callback_url", &::payspec::envelope::Cost::Scalar),
                ("commission_amount", &::payspec::envelope::Cost::Scalar),
                ("created_at", &::payspec::envelope::Cost::Scalar),
                ("currency", &::payspec::envelope::Cost::Scalar),
                ("description", &::payspec::envelope::Cost::Scalar),
                ("expired_at", &::payspec::envelope::Cost::Scalar),
                ("extra_commission", &::payspec::envelope::Cost::Scalar),
                ("final_at", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("initial_amount", &::payspec::envelope::Cost::Scalar),
                ("method", &::payspec::envelope::Cost::Scalar),
                ("pay_amount", &::payspec::envelope::Cost::Scalar),
                ("redirect_url", &::payspec::envelope::Cost::Scalar),
                ("remaining_amount", &::payspec::envelope::Cost::Scalar),
                ("required_method", &::payspec::envelope::Cost::Scalar),
                ("rub_amount", &::payspec::envelope::Cost::Scalar),
                ("service_commission", &::payspec::envelope::Cost::Scalar),
                ("signature", &::payspec::envelope::Cost::Scalar),
                ("state", &InvoiceState),
                ("subtract_from", &SubtractFrom),
                ("type", &InvoiceType),
                ("url", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static InvoiceCreateRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("callback_url", &::payspec::envelope::Cost::Scalar),
                ("currency", &::payspec::envelope::Cost::Scalar),
                ("description", &::payspec::envelope::Cost::Scalar),
                ("extra", &::payspec::envelope::Cost::Scalar),
                ("lifetime", &::payspec::envelope::Cost::Scalar),
                ("payer_details", &PayerDetails),
                ("redirect_url", &::payspec::envelope::Cost::Scalar),
                ("required_method", &::payspec::envelope::Cost::Scalar),
                ("subtract_from", &SubtractFrom),
                ("type", &InvoiceType),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static InvoiceCreateResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("currency", &::payspec::envelope::Cost::Scalar),
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("rub_amount", &::payspec::envelope::Cost::Scalar),
                ("subtract_from", &SubtractFrom),
                ("type", &InvoiceType),
                ("url", &::payspec::envelope::Cost::Scalar),
            ],
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
    pub static InvoiceInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("amount_currency", &::payspec::envelope::Cost::Scalar),
                ("balance_amount", &::payspec::envelope::Cost::Scalar),
                ("callback_url", &::payspec::envelope::Cost::Scalar),
                ("commission_amount", &::payspec::envelope::Cost::Scalar),
                ("created_at", &::payspec::envelope::Cost::Scalar),
                ("currency", &::payspec::envelope::Cost::Scalar),
                ("description", &::payspec::envelope::Cost::Scalar),
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                ("expired_at", &::payspec::envelope::Cost::Scalar),
                ("final_at", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("initial_amount", &::payspec::envelope::Cost::Scalar),
                ("method", &::payspec::envelope::Cost::Scalar),
                ("redirect_url", &::payspec::envelope::Cost::Scalar),
                ("remaining_amount", &::payspec::envelope::Cost::Scalar),
                ("required_method", &::payspec::envelope::Cost::Scalar),
                ("rub_amount", &::payspec::envelope::Cost::Scalar),
                ("state", &InvoiceState),
                ("subtract_from", &SubtractFrom),
                ("type", &InvoiceType),
                ("url", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static InvoiceState: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static InvoiceType: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static Limits: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("max", &::payspec::envelope::Cost::Scalar),
                ("min", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static MeInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("created_at", &::payspec::envelope::Cost::Scalar),
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("status_level", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static MethodDirection: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("commissions", &Commissions),
                ("enabled", &::payspec::envelope::Cost::Scalar),
                ("fee", &::payspec::envelope::Cost::Scalar),
                ("limits", &Limits),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static MethodEditRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("enabled", &::payspec::envelope::Cost::Scalar),
                ("extra_commission_percent", &::payspec::envelope::Cost::Scalar),
                ("method", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static MethodGetRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("method", &::payspec::envelope::Cost::Scalar)],
            extra: false,
            buffered: false,
        },
    );
    pub static MethodInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount_accuracy", &::payspec::envelope::Cost::Scalar),
                ("currency", &::payspec::envelope::Cost::Scalar),
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                ("in", &MethodDirection),
                ("method", &::payspec::envelope::Cost::Scalar),
                ("minimal_status_level", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("out", &MethodDirection),
                ("settings", &MethodSettings),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static MethodListRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("compact", &::payspec::envelope::Cost::Scalar)],
            extra: false,
            buffered: false,
        },
    );
    pub static MethodListResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                (
                    "items",
                    &::payspec::envelope::Cost::Map {
                        value: &MethodInfo,
                        size: ::core::mem::size_of::<
                            crate::generated::types::MethodInfo,
                        >(),
                    },
                ),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static MethodSettings: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("in", &MethodSettingsSide), ("out", &MethodSettingsSide)],
            extra: true,
            buffered: true,
        },
    );
    pub static MethodSettingsSide: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("enabled", &::payspec::envelope::Cost::Scalar),
                ("extra_commissions", &Commissions),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static PayerDetails: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Untyped;
    pub static PayerEmail: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Boxed {
        inner: &::payspec::envelope::Cost::Scalar,
        size: 0,
    };
    pub static PayerObject: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("email", &::payspec::envelope::Cost::Scalar)],
            extra: false,
            buffered: false,
        },
    );
    pub static PayoffCreateRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("amount_currency", &::payspec::envelope::Cost::Scalar),
                ("callback_url", &::payspec::envelope::Cost::Scalar),
                ("extra", &::payspec::envelope::Cost::Scalar),
                ("method", &::payspec::envelope::Cost::Scalar),
                ("subtract_from", &SubtractFrom),
                ("wallet", &::payspec::envelope::Cost::Scalar),
                ("wallet_extra", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static PayoffCreateResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("amount_currency", &::payspec::envelope::Cost::Scalar),
                ("commission_amount", &::payspec::envelope::Cost::Scalar),
                ("deduction_amount", &::payspec::envelope::Cost::Scalar),
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("method", &::payspec::envelope::Cost::Scalar),
                ("receive_amount", &::payspec::envelope::Cost::Scalar),
                ("rub_amount", &::payspec::envelope::Cost::Scalar),
                ("subtract_from", &SubtractFrom),
                ("wallet", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static PayoffIdRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("id", &::payspec::envelope::Cost::Scalar)],
            extra: false,
            buffered: false,
        },
    );
    pub static PayoffInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("amount_currency", &::payspec::envelope::Cost::Scalar),
                ("callback_url", &::payspec::envelope::Cost::Scalar),
                ("commission_amount", &::payspec::envelope::Cost::Scalar),
                ("created_at", &::payspec::envelope::Cost::Scalar),
                ("deduction_amount", &::payspec::envelope::Cost::Scalar),
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                ("final_at", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("message", &::payspec::envelope::Cost::Scalar),
                ("method", &::payspec::envelope::Cost::Scalar),
                ("receive_amount", &::payspec::envelope::Cost::Scalar),
                ("rub_amount", &::payspec::envelope::Cost::Scalar),
                ("state", &PayoffState),
                ("subtract_from", &SubtractFrom),
                ("wallet", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static PayoffState: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static ReportHistoryRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("export_csv", &::payspec::envelope::Cost::Scalar),
                ("items", &::payspec::envelope::Cost::Scalar),
                ("page", &::payspec::envelope::Cost::Scalar),
                ("period", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static ReportInvoiceHistoryResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                ("has_next_page", &::payspec::envelope::Cost::Scalar),
                (
                    "items",
                    &::payspec::envelope::Cost::List {
                        item: &InvoiceInfo,
                        size: ::core::mem::size_of::<
                            crate::generated::types::InvoiceInfo,
                        >(),
                        lenient: true,
                    },
                ),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static ReportPayoffHistoryResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                ("has_next_page", &::payspec::envelope::Cost::Scalar),
                (
                    "items",
                    &::payspec::envelope::Cost::List {
                        item: &PayoffInfo,
                        size: ::core::mem::size_of::<
                            crate::generated::types::PayoffInfo,
                        >(),
                        lenient: true,
                    },
                ),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static ReportSummary: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("conversion_percent", &::payspec::envelope::Cost::Scalar),
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                ("payed_count", &::payspec::envelope::Cost::Scalar),
                ("payed_rub_amount", &::payspec::envelope::Cost::Scalar),
                ("total_count", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static ReportSummaryRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("export_pdf", &::payspec::envelope::Cost::Scalar),
                ("period", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static ReportSwapHistoryResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                ("has_next_page", &::payspec::envelope::Cost::Scalar),
                (
                    "items",
                    &::payspec::envelope::Cost::List {
                        item: &SwapInfo,
                        size: ::core::mem::size_of::<
                            crate::generated::types::SwapInfo,
                        >(),
                        lenient: true,
                    },
                ),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static ReportTransferHistoryResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                ("has_next_page", &::payspec::envelope::Cost::Scalar),
                (
                    "items",
                    &::payspec::envelope::Cost::List {
                        item: &TransferInfo,
                        size: ::core::mem::size_of::<
                            crate::generated::types::TransferInfo,
                        >(),
                        lenient: true,
                    },
                ),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static SubtractFrom: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static SwapAmountType: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static SwapCreateRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("amount_type", &SwapAmountType),
                ("pair_id", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static SwapIdRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("id", &::payspec::envelope::Cost::Scalar)],
            extra: false,
            buffered: false,
        },
    );
    pub static SwapInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("amount_type", &SwapAmountType),
                ("created_at", &::payspec::envelope::Cost::Scalar),
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                ("expired_at", &::payspec::envelope::Cost::Scalar),
                ("final_at", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("pair_id", &::payspec::envelope::Cost::Scalar),
                ("price", &::payspec::envelope::Cost::Scalar),
                ("source", &SwapSide),
                ("state", &::payspec::envelope::Cost::Scalar),
                ("target", &SwapSide),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static SwapPair: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                ("pair_id", &::payspec::envelope::Cost::Scalar),
                ("price", &::payspec::envelope::Cost::Scalar),
                ("source", &SwapSide),
                ("target", &SwapSide),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static SwapPairGetRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("pair_id", &::payspec::envelope::Cost::Scalar)],
            extra: false,
            buffered: false,
        },
    );
    pub static SwapPairListRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("items", &::payspec::envelope::Cost::Scalar),
                ("page", &::payspec::envelope::Cost::Scalar),
                ("source", &::payspec::envelope::Cost::Scalar),
                ("target", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static SwapPairListResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                ("has_next_page", &::payspec::envelope::Cost::Scalar),
                (
                    "items",
                    &::payspec::envelope::Cost::Map {
                        value: &SwapPair,
                        size: ::core::mem::size_of::<crate::generated::types::SwapPair>(),
                    },
                ),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static SwapSide: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("currency", &::payspec::envelope::Cost::Scalar),
                ("method", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static TickerGetRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("base_currency", &::payspec::envelope::Cost::Scalar),
                (
                    "tickers",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::std::string::String>(),
                        lenient: false,
                    },
                ),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static TickerGetResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("base_currency", &::payspec::envelope::Cost::Scalar),
                (
                    "currencies",
                    &::payspec::envelope::Cost::Map {
                        value: &TickerPrice,
                        size: ::core::mem::size_of::<
                            crate::generated::types::TickerPrice,
                        >(),
                    },
                ),
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static TickerListResponse: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                (
                    "tickers",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::std::string::String>(),
                        lenient: false,
                    },
                ),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static TickerPrice: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("price", &::payspec::envelope::Cost::Scalar)],
            extra: true,
            buffered: true,
        },
    );
    pub static TransferCreateRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("description", &::payspec::envelope::Cost::Scalar),
                ("method", &::payspec::envelope::Cost::Scalar),
                ("receiver", &::payspec::envelope::Cost::Scalar),
            ],
            extra: false,
            buffered: false,
        },
    );
    pub static TransferIdRequest: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[("id", &::payspec::envelope::Cost::Scalar)],
            extra: false,
            buffered: false,
        },
    );
    pub static TransferInfo: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("amount_currency", &::payspec::envelope::Cost::Scalar),
                ("created_at", &::payspec::envelope::Cost::Scalar),
                ("description", &::payspec::envelope::Cost::Scalar),
                ("error", &::payspec::envelope::Cost::Scalar),
                (
                    "errors",
                    &::payspec::envelope::Cost::List {
                        item: &::payspec::envelope::Cost::Scalar,
                        size: ::core::mem::size_of::<::payspec::Text>(),
                        lenient: false,
                    },
                ),
                ("final_at", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("method", &::payspec::envelope::Cost::Scalar),
                ("receiver", &::payspec::envelope::Cost::Scalar),
                ("sender", &::payspec::envelope::Cost::Scalar),
                ("state", &::payspec::envelope::Cost::Scalar),
                ("type", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
}
/// How decoding each operation's success answer allocates, from its Rust type: the
/// client refuses a 2xx JSON answer whose decoding would cost more than
/// `payspec::envelope::DECODE_BUDGET` allows, before decoding it.
pub static DECODE_COSTS: &[(&str, &::payspec::envelope::Cost)] = &[
    ("balance_get", &decode_costs::BalanceItem),
    ("balance_list", &decode_costs::BalanceListResponse),
    ("callback_invoice_list", &decode_costs::CallbackListResponse),
    ("callback_payoff_list", &decode_costs::CallbackListResponse),
    ("invoice_create", &decode_costs::InvoiceCreateResponse),
    ("invoice_info", &decode_costs::InvoiceInfo),
    ("me_info", &decode_costs::MeInfo),
    ("method_edit", &decode_costs::EmptyResponse),
    ("method_get", &decode_costs::MethodInfo),
    ("method_list", &decode_costs::MethodListResponse),
    ("payoff_cancel", &decode_costs::PayoffInfo),
    ("payoff_create", &decode_costs::PayoffCreateResponse),
    ("payoff_info", &decode_costs::PayoffInfo),
    ("payoff_submit", &decode_costs::PayoffInfo),
    ("report_invoice_history", &decode_costs::ReportInvoiceHistoryResponse),
    ("report_invoice_summary", &decode_costs::ReportSummary),
    ("report_payoff_history", &decode_costs::ReportPayoffHistoryResponse),
    ("report_payoff_summary", &decode_costs::ReportSummary),
    ("report_swap_history", &decode_costs::ReportSwapHistoryResponse),
    ("report_transfer_history", &decode_costs::ReportTransferHistoryResponse),
    ("swap_cancel", &decode_costs::SwapInfo),
    ("swap_create", &decode_costs::SwapInfo),
    ("swap_info", &decode_costs::SwapInfo),
    ("swap_pair_get", &decode_costs::SwapPair),
    ("swap_pair_list", &decode_costs::SwapPairListResponse),
    ("swap_submit", &decode_costs::SwapInfo),
    ("ticker_get", &decode_costs::TickerGetResponse),
    ("ticker_list", &decode_costs::TickerListResponse),
    ("transfer_cancel", &decode_costs::TransferInfo),
    ("transfer_create", &decode_costs::TransferInfo),
    ("transfer_info", &decode_costs::TransferInfo),
    ("transfer_submit", &decode_costs::TransferInfo),
];
/// The signatures the client computes, from each operation's `x-signature` in the spec.
pub const SIGNATURES: &[::payspec::auth::SignatureRecipe] = &[
    ::payspec::auth::SignatureRecipe {
        operation: "payoff_cancel",
        field: "signature",
        of: &["id"],
        canonical: &[],
    },
    ::payspec::auth::SignatureRecipe {
        operation: "payoff_create",
        field: "signature",
        of: &["amount", "method", "wallet"],
        canonical: &["amount"],
    },
    ::payspec::auth::SignatureRecipe {
        operation: "payoff_submit",
        field: "signature",
        of: &["id"],
        canonical: &[],
    },
    ::payspec::auth::SignatureRecipe {
        operation: "swap_cancel",
        field: "signature",
        of: &["id"],
        canonical: &[],
    },
    ::payspec::auth::SignatureRecipe {
        operation: "swap_create",
        field: "signature",
        of: &["amount", "pair_id"],
        canonical: &["amount"],
    },
    ::payspec::auth::SignatureRecipe {
        operation: "swap_submit",
        field: "signature",
        of: &["id"],
        canonical: &[],
    },
    ::payspec::auth::SignatureRecipe {
        operation: "transfer_cancel",
        field: "signature",
        of: &["id"],
        canonical: &[],
    },
    ::payspec::auth::SignatureRecipe {
        operation: "transfer_create",
        field: "signature",
        of: &["amount", "method", "receiver"],
        canonical: &["amount"],
    },
    ::payspec::auth::SignatureRecipe {
        operation: "transfer_submit",
        field: "signature",
        of: &["id"],
        canonical: &[],
    },
];
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
/// | `balance_get` | yes |  |
/// | `balance_list` | yes |  |
/// | `callback_invoice_list` | yes |  |
/// | `callback_payoff_list` | yes |  |
/// | `invoice_create` | never | Not retried automatically and CrystalPay documents no idempotency key: put your own payment id in `extra` (seed 003, body table of https://docs.crystalpay.io/metody-api/invoice-platezhi/sozdanie-invoisa) and after an uncertain failure look for it in `report_invoice_history` before creating the invoice again; an unpaid duplicate simply expires after `lifetime`. |
/// | `invoice_info` | yes |  |
/// | `me_info` | yes |  |
/// | `method_edit` | never |  |
/// | `method_get` | yes |  |
/// | `method_list` | yes |  |
/// | `payoff_cancel` | never | Not retried automatically: after an uncertain failure read `payoff_info` with the same `id`; `state` `canceled` means the cancel went through (payout states: https://docs.crystalpay.io/metody-api/payoff-vyvody/poluchenie-informacii-o-vyvode). |
/// | `payoff_create` | never | Not retried automatically: a payout moves money only once `payoff_submit` confirms it, so after an uncertain failure look for the request in `report_payoff_history` (by `extra`, `wallet` and `amount`) and drop a stray one with `payoff_cancel`. |
/// | `payoff_info` | yes |  |
/// | `payoff_submit` | never | Not retried automatically: after an uncertain failure read `payoff_info` with the same `id`; a `state` other than `created` (e.g. `processing`, `payed`) means the submit went through (payout states: https://docs.crystalpay.io/metody-api/payoff-vyvody/poluchenie-informacii-o-vyvode). |
/// | `report_invoice_history` | yes |  |
/// | `report_invoice_summary` | yes |  |
/// | `report_payoff_history` | yes |  |
/// | `report_payoff_summary` | yes |  |
/// | `report_swap_history` | yes |  |
/// | `report_transfer_history` | yes |  |
/// | `swap_cancel` | never | Not retried automatically: after an uncertain failure read `swap_info` with the same `id` and check its `state`. |
/// | `swap_create` | never | Not retried automatically: a swap moves money only once `swap_submit` confirms it, so after an uncertain failure look for it in `report_swap_history` and drop a stray one with `swap_cancel`. |
/// | `swap_info` | yes |  |
/// | `swap_pair_get` | yes |  |
/// | `swap_pair_list` | yes |  |
/// | `swap_submit` | never | Not retried automatically: after an uncertain failure read `swap_info` with the same `id` and check its `state` (the official swap/submit page shows `success` after a submit: https://docs.crystalpay.io/metody-api/swap-obmeny/podtverzhdenie-obmena). |
/// | `ticker_get` | yes |  |
/// | `ticker_list` | yes |  |
/// | `transfer_cancel` | never | Not retried automatically: after an uncertain failure read `transfer_info` with the same `id` and check its `state`. |
/// | `transfer_create` | never | Not retried automatically: a transfer moves money only once `transfer_submit` confirms it, so after an uncertain failure look for it in `report_transfer_history` and drop a stray one with `transfer_cancel`. |
/// | `transfer_info` | yes |  |
/// | `transfer_submit` | never | Not retried automatically: after an uncertain failure read `transfer_info` with the same `id` and check its `state`. |
pub const IDEMPOTENT: &[&str] = &[
    "balance_get",
    "balance_list",
    "callback_invoice_list",
    "callback_payoff_list",
    "invoice_info",
    "me_info",
    "method_get",
    "method_list",
    "payoff_info",
    "report_invoice_history",
    "report_invoice_summary",
    "report_payoff_history",
    "report_payoff_summary",
    "report_swap_history",
    "report_transfer_history",
    "swap_info",
    "swap_pair_get",
    "swap_pair_list",
    "ticker_get",
    "ticker_list",
    "transfer_info",
];
/// What each operation's `send()` does with an answer, sorted by operation: the
/// statuses it declares and how it decodes the success (see `payspec::hooks::Answers`).
pub const ANSWERS: &[::payspec::hooks::Answers] = &[
    ::payspec::hooks::Answers {
        operation: "balance_get",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::BalanceItem>()),
    },
    ::payspec::hooks::Answers {
        operation: "balance_list",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::BalanceListResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "callback_invoice_list",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::CallbackListResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "callback_payoff_list",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::CallbackListResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "invoice_create",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::InvoiceCreateResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "invoice_info",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::InvoiceInfo>()),
    },
    ::payspec::hooks::Answers {
        operation: "me_info",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::MeInfo>()),
    },
    ::payspec::hooks::Answers {
        operation: "method_edit",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::EmptyResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "method_get",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::MethodInfo>()),
    },
    ::payspec::hooks::Answers {
        operation: "method_list",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::MethodListResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "payoff_cancel",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::PayoffInfo>()),
    },
    ::payspec::hooks::Answers {
        operation: "payoff_create",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::PayoffCreateResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "payoff_info",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::PayoffInfo>()),
    },
    ::payspec::hooks::Answers {
        operation: "payoff_submit",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::PayoffInfo>()),
    },
    ::payspec::hooks::Answers {
        operation: "report_invoice_history",
        statuses: &[(200u16, 200u16)],
        json: Some(
            ::payspec::hooks::Decoder::of::<types::ReportInvoiceHistoryResponse>(),
        ),
    },
    ::payspec::hooks::Answers {
        operation: "report_invoice_summary",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ReportSummary>()),
    },
    ::payspec::hooks::Answers {
        operation: "report_payoff_history",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ReportPayoffHistoryResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "report_payoff_summary",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ReportSummary>()),
    },
    ::payspec::hooks::Answers {
        operation: "report_swap_history",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::ReportSwapHistoryResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "report_transfer_history",
        statuses: &[(200u16, 200u16)],
        json: Some(
            ::payspec::hooks::Decoder::of::<types::ReportTransferHistoryResponse>(),
        ),
    },
    ::payspec::hooks::Answers {
        operation: "swap_cancel",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::SwapInfo>()),
    },
    ::payspec::hooks::Answers {
        operation: "swap_create",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::SwapInfo>()),
    },
    ::payspec::hooks::Answers {
        operation: "swap_info",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::SwapInfo>()),
    },
    ::payspec::hooks::Answers {
        operation: "swap_pair_get",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::SwapPair>()),
    },
    ::payspec::hooks::Answers {
        operation: "swap_pair_list",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::SwapPairListResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "swap_submit",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::SwapInfo>()),
    },
    ::payspec::hooks::Answers {
        operation: "ticker_get",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::TickerGetResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "ticker_list",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::TickerListResponse>()),
    },
    ::payspec::hooks::Answers {
        operation: "transfer_cancel",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::TransferInfo>()),
    },
    ::payspec::hooks::Answers {
        operation: "transfer_create",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::TransferInfo>()),
    },
    ::payspec::hooks::Answers {
        operation: "transfer_info",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::TransferInfo>()),
    },
    ::payspec::hooks::Answers {
        operation: "transfer_submit",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::TransferInfo>()),
    },
];
/// The members each operation's success answer may carry (its `200` JSON schema):
/// an object answer with members, none of them among these, is in no documented shape
/// and becomes a decode error, as does a list none of whose items is.
pub const SUCCESS_MEMBERS: &[::payspec::envelope::SuccessMembers] = &[
    ::payspec::envelope::SuccessMembers {
        operation: "balance_get",
        members: &[
            "amount",
            "amount_accuracy",
            "currency",
            "error",
            "errors",
            "method",
            "name",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "balance_list",
        members: &["error", "errors", "items"],
        items: &[],
        lists: &[
            (
                "items",
                &[
                    "amount",
                    "amount_accuracy",
                    "currency",
                    "error",
                    "errors",
                    "method",
                    "name",
                ],
            ),
        ],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "callback_invoice_list",
        members: &["error", "errors", "items"],
        items: &[],
        lists: &[
            (
                "items",
                &["attempts", "created_at", "last_at", "last_response", "state", "url"],
            ),
        ],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "callback_payoff_list",
        members: &["error", "errors", "items"],
        items: &[],
        lists: &[
            (
                "items",
                &["attempts", "created_at", "last_at", "last_response", "state", "url"],
            ),
        ],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "invoice_create",
        members: &[
            "amount",
            "currency",
            "error",
            "errors",
            "id",
            "rub_amount",
            "subtract_from",
            "type",
            "url",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "invoice_info",
        members: &[
            "amount",
            "amount_currency",
            "balance_amount",
            "callback_url",
            "commission_amount",
            "created_at",
            "currency",
            "description",
            "error",
            "errors",
            "expired_at",
            "extra",
            "final_at",
            "id",
            "initial_amount",
            "method",
            "redirect_url",
            "remaining_amount",
            "required_method",
            "rub_amount",
            "state",
            "subtract_from",
            "type",
            "url",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "me_info",
        members: &["created_at", "error", "errors", "id", "name", "status_level"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "method_edit",
        members: &["error", "errors"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "method_get",
        members: &[
            "amount_accuracy",
            "currency",
            "error",
            "errors",
            "in",
            "method",
            "minimal_status_level",
            "name",
            "out",
            "settings",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "method_list",
        members: &["error", "errors", "items"],
        items: &[],
        lists: &[
            (
                "items",
                &[
                    "amount_accuracy",
                    "currency",
                    "error",
                    "errors",
                    "in",
                    "method",
                    "minimal_status_level",
                    "name",
                    "out",
                    "settings",
                ],
            ),
        ],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payoff_cancel",
        members: &[
            "amount",
            "amount_currency",
            "callback_url",
            "commission_amount",
            "created_at",
            "deduction_amount",
            "error",
            "errors",
            "extra",
            "final_at",
            "id",
            "message",
            "method",
            "receive_amount",
            "rub_amount",
            "state",
            "subtract_from",
            "wallet",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payoff_create",
        members: &[
            "amount",
            "amount_currency",
            "commission_amount",
            "deduction_amount",
            "error",
            "errors",
            "id",
            "method",
            "receive_amount",
            "rub_amount",
            "subtract_from",
            "wallet",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payoff_info",
        members: &[
            "amount",
            "amount_currency",
            "callback_url",
            "commission_amount",
            "created_at",
            "deduction_amount",
            "error",
            "errors",
            "extra",
            "final_at",
            "id",
            "message",
            "method",
            "receive_amount",
            "rub_amount",
            "state",
            "subtract_from",
            "wallet",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payoff_submit",
        members: &[
            "amount",
            "amount_currency",
            "callback_url",
            "commission_amount",
            "created_at",
            "deduction_amount",
            "error",
            "errors",
            "extra",
            "final_at",
            "id",
            "message",
            "method",
            "receive_amount",
            "rub_amount",
            "state",
            "subtract_from",
            "wallet",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "report_invoice_history",
        members: &["error", "errors", "has_next_page", "items"],
        items: &[],
        lists: &[
            (
                "items",
                &[
                    "amount",
                    "amount_currency",
                    "balance_amount",
                    "callback_url",
                    "commission_amount",
                    "created_at",
                    "currency",
                    "description",
                    "error",
                    "errors",
                    "expired_at",
                    "extra",
                    "final_at",
                    "id",
                    "initial_amount",
                    "method",
                    "redirect_url",
                    "remaining_amount",
                    "required_method",
                    "rub_amount",
                    "state",
                    "subtract_from",
                    "type",
                    "url",
                ],
            ),
        ],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "report_invoice_summary",
        members: &[
            "conversion_percent",
            "error",
            "errors",
            "payed_count",
            "payed_rub_amount",
            "total_count",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "report_payoff_history",
        members: &["error", "errors", "has_next_page", "items"],
        items: &[],
        lists: &[
            (
                "items",
                &[
                    "amount",
                    "amount_currency",
                    "callback_url",
                    "commission_amount",
                    "created_at",
                    "deduction_amount",
                    "error",
                    "errors",
                    "extra",
                    "final_at",
                    "id",
                    "message",
                    "method",
                    "receive_amount",
                    "rub_amount",
                    "state",
                    "subtract_from",
                    "wallet",
                ],
            ),
        ],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "report_payoff_summary",
        members: &[
            "conversion_percent",
            "error",
            "errors",
            "payed_count",
            "payed_rub_amount",
            "total_count",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "report_swap_history",
        members: &["error", "errors", "has_next_page", "items"],
        items: &[],
        lists: &[
            (
                "items",
                &[
                    "amount",
                    "amount_type",
                    "created_at",
                    "error",
                    "errors",
                    "expired_at",
                    "final_at",
                    "id",
                    "pair_id",
                    "price",
                    "source",
                    "state",
                    "target",
                ],
            ),
        ],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "report_transfer_history",
        members: &["error", "errors", "has_next_page", "items"],
        items: &[],
        lists: &[
            (
                "items",
                &[
                    "amount",
                    "amount_currency",
                    "created_at",
                    "description",
                    "error",
                    "errors",
                    "final_at",
                    "id",
                    "method",
                    "receiver",
                    "sender",
                    "state",
                    "type",
                ],
            ),
        ],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "swap_cancel",
        members: &[
            "amount",
            "amount_type",
            "created_at",
            "error",
            "errors",
            "expired_at",
            "final_at",
            "id",
            "pair_id",
            "price",
            "source",
            "state",
            "target",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "swap_create",
        members: &[
            "amount",
            "amount_type",
            "created_at",
            "error",
            "errors",
            "expired_at",
            "final_at",
            "id",
            "pair_id",
            "price",
            "source",
            "state",
            "target",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "swap_info",
        members: &[
            "amount",
            "amount_type",
            "created_at",
            "error",
            "errors",
            "expired_at",
            "final_at",
            "id",
            "pair_id",
            "price",
            "source",
            "state",
            "target",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "swap_pair_get",
        members: &["error", "errors", "pair_id", "price", "source", "target"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "swap_pair_list",
        members: &["error", "errors", "has_next_page", "items"],
        items: &[],
        lists: &[("items", &["error", "errors", "pair_id", "price", "source", "target"])],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "swap_submit",
        members: &[
            "amount",
            "amount_type",
            "created_at",
            "error",
            "errors",
            "expired_at",
            "final_at",
            "id",
            "pair_id",
            "price",
            "source",
            "state",
            "target",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "ticker_get",
        members: &["base_currency", "currencies", "error", "errors"],
        items: &[],
        lists: &[("currencies", &["price"])],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "ticker_list",
        members: &["error", "errors", "tickers"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "transfer_cancel",
        members: &[
            "amount",
            "amount_currency",
            "created_at",
            "description",
            "error",
            "errors",
            "final_at",
            "id",
            "method",
            "receiver",
            "sender",
            "state",
            "type",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "transfer_create",
        members: &[
            "amount",
            "amount_currency",
            "created_at",
            "description",
            "error",
            "errors",
            "final_at",
            "id",
            "method",
            "receiver",
            "sender",
            "state",
            "type",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "transfer_info",
        members: &[
            "amount",
            "amount_currency",
            "created_at",
            "description",
            "error",
            "errors",
            "final_at",
            "id",
            "method",
            "receiver",
            "sender",
            "state",
            "type",
        ],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "transfer_submit",
        members: &[
            "amount",
            "amount_currency",
            "created_at",
            "description",
            "error",
            "errors",
            "final_at",
            "id",
            "method",
            "receiver",
            "sender",
            "state",
            "type",
        ],
        items: &[],
        lists: &[],
    },
];
/// How the error envelope `FailEnvelope` is recognised, with its documented messages and codes (`x-envelope`, `x-known-messages`, `x-known-codes`, `x-success-codes` in the spec).
pub const ENVELOPE: ::payspec::envelope::Envelope = ::payspec::envelope::Envelope {
    schema: "FailEnvelope",
    member: ::std::option::Option::None,
    marker: &["error"],
    test: ::payspec::envelope::Test::Success(&["false", "0", "0", "false", ""]),
    absent: ::payspec::envelope::Absent::HttpStatus,
    http_errors: false,
    unless: &[],
    code: &[],
    messages: &[&["errors"]],
    auth_status: &[401u16],
    known_messages: &[
        ::payspec::envelope::KnownMessage {
            message: "auth_login",
            kind: ::payspec::RejectionKind::Authentication,
            matching: ::payspec::envelope::Match::Contains,
            stale_token: false,
        },
        ::payspec::envelope::KnownMessage {
            message: "auth_secret",
            kind: ::payspec::RejectionKind::Authentication,
            matching: ::payspec::envelope::Match::Contains,
            stale_token: false,
        },
        ::payspec::envelope::KnownMessage {
            message: "авториз",
            kind: ::payspec::RejectionKind::Authentication,
            matching: ::payspec::envelope::Match::Contains,
            stale_token: false,
        },
    ],
    known_codes: &[],
};
/// The credential `auth_login` (`securitySchemes` or `x-auth` in the spec).
pub const CREDENTIAL_AUTH_LOGIN: ::payspec::envelope::Credential = ::payspec::envelope::Credential {
    name: "auth_login",
    placement: ::payspec::envelope::Placement::Body,
    scheme: ::std::option::Option::None,
};
/// The credential `auth_secret` (`securitySchemes` or `x-auth` in the spec).
pub const CREDENTIAL_AUTH_SECRET: ::payspec::envelope::Credential = ::payspec::envelope::Credential {
    name: "auth_secret",
    placement: ::payspec::envelope::Placement::Body,
    scheme: ::std::option::Option::None,
};
/// The credential `salt` (`securitySchemes` or `x-auth` in the spec).
pub const CREDENTIAL_SALT: ::payspec::envelope::Credential = ::payspec::envelope::Credential {
    name: "salt",
    placement: ::payspec::envelope::Placement::None,
    scheme: ::std::option::Option::None,
};
/// Every credential, from `securitySchemes` and `x-auth` in the spec.
pub const CREDENTIALS: &[::payspec::envelope::Credential] = &[
    CREDENTIAL_AUTH_LOGIN,
    CREDENTIAL_AUTH_SECRET,
    CREDENTIAL_SALT,
];
/// The path of the operation that fetches the session token (the `x-auth` item with
/// `operation` in the spec), if the provider has one.
pub const TOKEN_ENDPOINT: ::std::option::Option<&str> = ::std::option::Option::None;
/// The checks made before sending (`x-pre-send-check`, `x-non-empty-path-parameters`).
pub const PRE_SEND_CHECKS: &[::payspec::envelope::PreSendCheck] = &[];
/// The base URLs of the spec's `servers`, in its order (a `{variable}` stays as written).
pub const SERVERS: &[&str] = &["https://api.crystalpay.io"];
/// Every code the spec documents (`x-known-codes`), by name.
pub mod known_codes {}
