//! Hand-written serde types, as someone calling the APIs with plain reqwest would write them:
//! the same fields as the generated types, as plain `Option<String>` / integers / floats, typed
//! after the shapes the spec examples show (OneBox amounts and ids are JSON strings, Sber ids
//! and kopeck amounts are JSON numbers). No lenient or exact-decimal decoding. Like the
//! generated types, each keeps the members it does not name (`extra`, a flattened map).
#![allow(missing_docs, dead_code)]

use serde::Deserialize;

// ---- OneBox ----

#[derive(Deserialize, Debug)]
pub struct OneboxCustomField {
    pub key: Option<String>,
    pub name: Option<String>,
    pub value: Option<String>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct OneboxPayment {
    pub id: Option<String>,
    pub code1c: Option<String>,
    pub cdate: Option<String>,
    pub amount: Option<String>,
    pub currencyid: Option<String>,
    pub currencyname: Option<String>,
    pub currencyrate: Option<String>,
    pub amountbase: Option<String>,
    pub accountid: Option<String>,
    pub accountname: Option<String>,
    pub categoryid: Option<String>,
    pub categoryname: Option<String>,
    #[serde(rename = "virtual")]
    pub virtual_: Option<i64>,
    pub direction: Option<String>,
    pub clientid: Option<String>,
    #[serde(rename = "clientName")]
    pub client_name: Option<String>,
    #[serde(rename = "clientCode1c")]
    pub client_code1c: Option<String>,
    pub userid: Option<String>,
    #[serde(rename = "userName")]
    pub user_name: Option<String>,
    #[serde(rename = "userCode1c")]
    pub user_code1c: Option<String>,
    pub documentid: Option<String>,
    pub comment: Option<String>,
    pub referenscode: Option<String>,
    pub bankdetail: Option<String>,
    pub customfields: Option<Vec<OneboxCustomField>>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

// ---- Sber ----

#[derive(Deserialize, Debug)]
pub struct SberError {
    pub user_message: Option<String>,
    pub error_description: Option<String>,
    pub error_code: Option<String>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct SberAmount {
    pub amount: Option<i64>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct SberDeviceInfo {
    pub device_platform_type: Option<String>,
    pub device_platform_version: Option<String>,
    pub device_model: Option<String>,
    pub device_manufacturer: Option<String>,
    pub device_id: Option<String>,
    pub surface: Option<String>,
    pub surface_version: Option<String>,
    pub user_channel: Option<String>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct SberLoyaltyInfo {
    pub service_code: Option<String>,
    pub service_name: Option<String>,
    pub change_rate: Option<f64>,
    pub payment_bonus: Option<i64>,
    pub award_bonus: Option<i64>,
    pub image: Option<String>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct SberBankInfo {
    pub bank_name: Option<String>,
    pub bank_country_code: Option<String>,
    pub bank_country_name: Option<String>,
    pub bank_image: Option<String>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct SberPaymentInfo {
    pub payment_date: Option<String>,
    pub payment_id: Option<String>,
    pub device_info: Option<SberDeviceInfo>,
    pub loyalty_info: Option<SberLoyaltyInfo>,
    pub masked_pan: Option<String>,
    pub expiry_date: Option<String>,
    pub cardholder: Option<String>,
    pub payment_system: Option<String>,
    pub payment_system_image: Option<String>,
    pub image: Option<String>,
    pub paysys: Option<String>,
    pub paysys_code: Option<String>,
    pub paysys_image: Option<String>,
    pub payment_way: Option<String>,
    pub payment_way_code: Option<String>,
    pub payment_way_logo: Option<String>,
    pub bank_info: Option<SberBankInfo>,
    pub card_id: Option<String>,
    pub name: Option<String>,
    pub partner_client_id: Option<String>,
    pub status: Option<String>,
    pub payment_params: Option<serde_json::Value>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct SberInvoiceListItem {
    pub invoice_id: Option<u64>,
    pub invoice_date: Option<String>,
    pub invoice_status: Option<String>,
    pub amount_create: Option<SberAmount>,
    pub amount_confirm: Option<SberAmount>,
    pub amount_current: Option<SberAmount>,
    pub order_number: Option<u64>,
    pub currency: Option<String>,
    pub description: Option<String>,
    pub language: Option<String>,
    pub org_name: Option<String>,
    pub org_inn: Option<String>,
    pub trademarks: Option<String>,
    pub trade_name: Option<String>,
    pub visual_name: Option<String>,
    pub visual_amount: Option<String>,
    pub payment_info: Option<SberPaymentInfo>,
    pub image: Option<String>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct SberSort {
    pub empty: Option<bool>,
    pub sorted: Option<bool>,
    pub unsorted: Option<bool>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct SberPageable {
    pub offset: Option<i64>,
    #[serde(rename = "pageNumber")]
    pub page_number: Option<i64>,
    #[serde(rename = "pageSize")]
    pub page_size: Option<i64>,
    pub paged: Option<bool>,
    pub sort: Option<SberSort>,
    pub unpaged: Option<bool>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct SberInvoiceListPage {
    pub error: Option<SberError>,
    #[serde(default)]
    pub invoices: Vec<SberInvoiceListItem>,
    pub empty: Option<bool>,
    pub first: Option<bool>,
    pub last: Option<bool>,
    pub number: Option<i64>,
    #[serde(rename = "numberOfElements")]
    pub number_of_elements: Option<i64>,
    pub pageable: Option<SberPageable>,
    pub size: Option<i64>,
    pub sort: Option<SberSort>,
    #[serde(rename = "totalElements")]
    pub total_elements: Option<i64>,
    #[serde(rename = "totalPages")]
    pub total_pages: Option<i64>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct SberPurchaser {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub contact: Option<String>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct SberQuantity {
    pub value: f64,
    pub measure: String,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct SberBundleItem {
    pub position_id: i64,
    pub name: String,
    pub quantity: SberQuantity,
    pub item_amount: i64,
    pub currency: Option<String>,
    pub item_code: String,
    pub item_price: i64,
    pub tax_type: i64,
    pub tax_sum: Option<i64>,
    pub image: Option<String>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct SberOrder {
    pub order_id: Option<String>,
    pub order_number: Option<String>,
    pub order_date: Option<String>,
    pub service_id: Option<String>,
    pub amount: Option<i64>,
    pub currency: Option<String>,
    pub purpose: Option<String>,
    pub description: Option<String>,
    pub language: Option<String>,
    pub tax_system: Option<i64>,
    #[serde(default)]
    pub order_bundle: Vec<SberBundleItem>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct SberInvoiceInfo {
    pub purchaser: Option<SberPurchaser>,
    pub order: Option<SberOrder>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Deserialize, Debug)]
pub struct SberGetInvoiceResponse {
    pub code: Option<i64>,
    pub error: Option<SberError>,
    pub invoice_id: Option<String>,
    pub invoice_date: Option<String>,
    pub invoice_status: Option<String>,
    pub invoice: Option<SberInvoiceInfo>,
    pub payment_info: Option<SberPaymentInfo>,
    pub form_url: Option<String>,
    pub image: Option<String>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}
