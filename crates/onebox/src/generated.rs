// @generated from specs/onebox.yaml by `cargo xtask generate` — do not edit.
// Provider: onebox. Edit the spec and regenerate instead.
#![allow(clippy::all, unused_imports, dead_code, missing_docs, unreachable_pub, rustdoc::all)]

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Balance of one financial account as returned by `/api/payment/balance/get/`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct AccountBalance {
        ///`1` if the account is active.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<::payspec::Flag>,
        ///Current balance of the account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balance: ::std::option::Option<::payspec::Decimal>,
        ///Total of incoming payments.
        #[serde(
            rename = "balanceIn",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub balance_in: ::std::option::Option<::payspec::Decimal>,
        ///Total of outgoing payments.
        #[serde(
            rename = "balanceOut",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub balance_out: ::std::option::Option<::payspec::Decimal>,
        ///When the balance was computed, `Y-m-d H:i:s` (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balancedate: ::std::option::Option<::payspec::Text>,
        ///Opening balance.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balancestart: ::std::option::Option<::payspec::Decimal>,
        ///Id of the legal entity owning the account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contractorid: ::std::option::Option<::payspec::Text>,
        ///Id of the account currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currencyid: ::std::option::Option<::payspec::Text>,
        ///Name of the account currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currencyname: ::std::option::Option<::payspec::Text>,
        ///Id of the financial account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::payspec::Text>,
        ///Id of the account manager.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub managerid: ::std::option::Option<::payspec::Text>,
        ///Name of the financial account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::payspec::Text>,
        ///Overdraft amount.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub overdraft: ::std::option::Option<::payspec::Decimal>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AccountBalance {
        pub fn builder() -> builder::AccountBalance {
            Default::default()
        }
    }
    ///Balance of one budget as returned by `/api/budget/balance/get/`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct BudgetBalance {
        ///`1` if the budget is active.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<::payspec::Flag>,
        ///Budget balance in the budget currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balance: ::std::option::Option<::payspec::Decimal>,
        ///Budget balance in the base currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balancebase: ::std::option::Option<::payspec::Decimal>,
        ///When the balance was computed, `Y-m-d H:i:s` (inferred).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub balancedate: ::std::option::Option<::payspec::Text>,
        ///Id of the budget currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currencyid: ::std::option::Option<::payspec::Text>,
        ///Name of the budget currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currencyname: ::std::option::Option<::payspec::Text>,
        ///Id of the budget.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::payspec::Text>,
        ///Name of the budget.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::payspec::Text>,
        ///Stabilization fund, in the base currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stabilizationfund: ::std::option::Option<::payspec::Decimal>,
        ///Total of transactions in the budget currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sumamount: ::std::option::Option<::payspec::Decimal>,
        ///Total of transactions in the base currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sumamountbase: ::std::option::Option<::payspec::Decimal>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl BudgetBalance {
        pub fn builder() -> builder::BudgetBalance {
            Default::default()
        }
    }
    ///One additional ("custom") field of a payment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CustomField {
        ///Key of the additional field (the docs show the pattern `additional_field_key_`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::payspec::Text>,
        ///Display name of the field.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::payspec::Text>,
        ///Value of the field.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::payspec::Text>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CustomField {
        pub fn builder() -> builder::CustomField {
            Default::default()
        }
    }
    /**Business error, delivered with HTTP 200: `{"status": "fail", "message": "<text>"}`.
Named by the root `x-error-envelope`; the client checks for it before decoding the
success type and returns a typed error carrying `message`.

Documented messages ("Possible responses to the request" table):

| message | meaning | kind |
|---|---|---|
| `login_empty` | the `login` parameter is missing | authentication |
| `password_empty` | the `password` parameter is missing | authentication |
| `Login or password not correct!` | wrong login or password hash | authentication |
| `Bad user level!` | the user's level is too low for this action (level 2 or higher is needed) | authentication |
| `PaymentCode1c exists` | a payment with this `code1c` already exists | provider |
| `FinanceAccount not found` | the financial account was not found | provider |
| `Payment by id or code1c not found` | no payment with this id or code1c (the docs' description wrongly says "already exists") | provider |
| `Payment accounts not found` | no financial accounts were found | provider |

The user-group page of the same API (https://crm-onebox.com/en/api/user-group/) spells
the authentication errors differently (`Login is empty!`, `Password is empty!`); they are
listed too. Treat `message` as free text and the list as a hint.

**How a refusal is recognised (`x-envelope`).** The docs publish `status: ok` for
success and `status: fail` for failure. The client takes an object answer whose
`status` is anything but `ok` (compared trimmed, ignoring case) as a refusal: `fail`,
the `error` a reviewer saw, and any value never documented (inferred: a status that is
not the documented success is not a success). An object without `status` is not the
envelope and so no refusal: it is decoded as the operation's success, and one with
none of that success's members (`{"unexpected": [1, 2, 3]}`, `{"error": "x"}`) is a
decode error (the `SUCCESS_MEMBERS` check), as it is for every provider; so is `{}`
where the success is an object (`OperationResult` requires `status`), while for a list
operation `{}` is an empty keyed list. HTTP 401 and 403 count as authentication errors
(the generic rule; OneBox documents neither).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct FailEnvelope {
        ///Human-readable error text; see the table above for the documented values.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///`fail` in the docs; anything but `ok` is a refusal.
        pub status: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl FailEnvelope {
        pub fn builder() -> builder::FailEnvelope {
            Default::default()
        }
    }
    /**Success answer of the add / update / delete methods. The docs publish only the table
"status `ok`, message `paymentid` = id of the added / edited payment"; the exact JSON key
names were never published. `status` is required: it is the one member the docs name
for both outcomes (`ok` and `fail`), so an answer without it is in no documented shape
and does not decode (inferred from the docs' table; a success without `status` was
never shown). The payment id is looked for both in `message` and in a `paymentid` key
(tolerant decoding). Any `status` other than `ok` is caught earlier as a refusal
(`FailEnvelope`, `x-envelope`).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct OperationResult {
        ///For add and update the documented message is the id of the added / edited payment; for delete it is not documented.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::payspec::Text>,
        ///Id of the added / edited payment, in case the provider sends it under its own key (inferred, key name unpublished).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub paymentid: ::std::option::Option<::payspec::Text>,
        ///Outcome: `ok` (the documented success value; any other value is a refusal).
        pub status: ::payspec::Text,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OperationResult {
        pub fn builder() -> builder::OperationResult {
            Default::default()
        }
    }
    ///An actual payment as returned by `/api/payment/get/`. Field names as documented (mixed case, `referenscode` sic).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct Payment {
        ///Id of the financial account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub accountid: ::std::option::Option<::payspec::Text>,
        ///Name of the financial account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub accountname: ::std::option::Option<::payspec::Text>,
        ///Amount in the payment currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::Decimal>,
        ///Amount in the base currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amountbase: ::std::option::Option<::payspec::Decimal>,
        ///Bank details.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bankdetail: ::std::option::Option<::payspec::Text>,
        ///Id of the payment category.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub categoryid: ::std::option::Option<::payspec::Text>,
        ///Name of the payment category.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub categoryname: ::std::option::Option<::payspec::Text>,
        ///Creation date, `Y-m-d H:i:s`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cdate: ::std::option::Option<::payspec::Text>,
        ///External code of the client.
        #[serde(
            rename = "clientCode1c",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_code1c: ::std::option::Option<::payspec::Text>,
        ///Name of the client.
        #[serde(
            rename = "clientName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_name: ::std::option::Option<::payspec::Text>,
        ///Id of the client.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub clientid: ::std::option::Option<::payspec::Text>,
        ///External code of the payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code1c: ::std::option::Option<::payspec::Text>,
        ///Comment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub comment: ::std::option::Option<::payspec::Text>,
        ///Id of the payment currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currencyid: ::std::option::Option<::payspec::Text>,
        ///Name of the payment currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currencyname: ::std::option::Option<::payspec::Text>,
        ///Rate of the payment currency against the base currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currencyrate: ::std::option::Option<::payspec::Decimal>,
        ///Additional fields of the payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub customfields: ::std::option::Option<
            ::payspec::LenientList<crate::generated::types::CustomField>,
        >,
        ///Direction, known values `fromclient` / `toclient` (kept as text so an unknown value never fails decoding).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub direction: ::std::option::Option<::payspec::Text>,
        ///Id of the document related to the payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub documentid: ::std::option::Option<::payspec::Text>,
        ///Payment id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::payspec::Text>,
        ///Reference code (spelled `referenscode` by the provider).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub referenscode: ::std::option::Option<::payspec::Text>,
        ///External code of the user who made the payment.
        #[serde(
            rename = "userCode1c",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_code1c: ::std::option::Option<::payspec::Text>,
        ///Name of the user who made the payment.
        #[serde(
            rename = "userName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_name: ::std::option::Option<::payspec::Text>,
        ///Id of the user who made the payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub userid: ::std::option::Option<::payspec::Text>,
        ///`1` if this is a virtual payment.
        #[serde(
            rename = "virtual",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub virtual_: ::std::option::Option<::payspec::Flag>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Payment {
        pub fn builder() -> builder::Payment {
            Default::default()
        }
    }
    ///A pending (expected) payment as returned by `/api/payment/probation/get/`. Field names as documented.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct PendingPayment {
        ///Id of the financial account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub accountid: ::std::option::Option<::payspec::Text>,
        ///Name of the financial account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub accountname: ::std::option::Option<::payspec::Text>,
        ///Amount in the payment currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::payspec::Decimal>,
        ///Amount in the base currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amountbase: ::std::option::Option<::payspec::Decimal>,
        ///Id of the payment category.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub categoryid: ::std::option::Option<::payspec::Text>,
        ///Name of the payment category.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub categoryname: ::std::option::Option<::payspec::Text>,
        ///Creation date, `Y-m-d H:i:s`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cdate: ::std::option::Option<::payspec::Text>,
        ///Id of the payment currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currencyid: ::std::option::Option<::payspec::Text>,
        ///Name of the payment currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currencyname: ::std::option::Option<::payspec::Text>,
        ///Direction, known values `fromclient` / `toclient` (kept as text so an unknown value never fails decoding).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub direction: ::std::option::Option<::payspec::Text>,
        ///Pending payment id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::payspec::Text>,
        ///Name of the employee who created the payment.
        #[serde(
            rename = "managerName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manager_name: ::std::option::Option<::payspec::Text>,
        ///Id of the employee who created the payment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub managerid: ::std::option::Option<::payspec::Text>,
        ///External code of the order.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ordercode1c: ::std::option::Option<::payspec::Text>,
        ///Id of the order.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub orderid: ::std::option::Option<::payspec::Text>,
        ///Name of the order.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ordername: ::std::option::Option<::payspec::Text>,
        ///`1` if the payment has been received.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub received: ::std::option::Option<::payspec::Flag>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PendingPayment {
        pub fn builder() -> builder::PendingPayment {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AccountBalance {
            active: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            balance: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            balance_in: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            balance_out: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            balancedate: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            balancestart: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            contractorid: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            currencyid: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            currencyname: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            managerid: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            overdraft: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccountBalance {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    balance: Ok(Default::default()),
                    balance_in: Ok(Default::default()),
                    balance_out: Ok(Default::default()),
                    balancedate: Ok(Default::default()),
                    balancestart: Ok(Default::default()),
                    contractorid: Ok(Default::default()),
                    currencyid: Ok(Default::default()),
                    currencyname: Ok(Default::default()),
                    id: Ok(Default::default()),
                    managerid: Ok(Default::default()),
                    name: Ok(Default::default()),
                    overdraft: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl AccountBalance {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.balance = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balance: {e}")
                    });
                self
            }
            pub fn balance_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.balance_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balance_in: {e}")
                    });
                self
            }
            pub fn balance_out<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.balance_out = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balance_out: {e}")
                    });
                self
            }
            pub fn balancedate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.balancedate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balancedate: {e}")
                    });
                self
            }
            pub fn balancestart<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.balancestart = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balancestart: {e}")
                    });
                self
            }
            pub fn contractorid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.contractorid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contractorid: {e}")
                    });
                self
            }
            pub fn currencyid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.currencyid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currencyid: {e}")
                    });
                self
            }
            pub fn currencyname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.currencyname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currencyname: {e}")
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
            pub fn managerid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.managerid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for managerid: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn overdraft<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.overdraft = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for overdraft: {e}")
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
        impl ::std::convert::TryFrom<AccountBalance> for super::AccountBalance {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccountBalance,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    balance: value.balance?,
                    balance_in: value.balance_in?,
                    balance_out: value.balance_out?,
                    balancedate: value.balancedate?,
                    balancestart: value.balancestart?,
                    contractorid: value.contractorid?,
                    currencyid: value.currencyid?,
                    currencyname: value.currencyname?,
                    id: value.id?,
                    managerid: value.managerid?,
                    name: value.name?,
                    overdraft: value.overdraft?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::AccountBalance> for AccountBalance {
            fn from(value: super::AccountBalance) -> Self {
                Self {
                    active: Ok(value.active),
                    balance: Ok(value.balance),
                    balance_in: Ok(value.balance_in),
                    balance_out: Ok(value.balance_out),
                    balancedate: Ok(value.balancedate),
                    balancestart: Ok(value.balancestart),
                    contractorid: Ok(value.contractorid),
                    currencyid: Ok(value.currencyid),
                    currencyname: Ok(value.currencyname),
                    id: Ok(value.id),
                    managerid: Ok(value.managerid),
                    name: Ok(value.name),
                    overdraft: Ok(value.overdraft),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BudgetBalance {
            active: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            balance: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            balancebase: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            balancedate: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            currencyid: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            currencyname: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            stabilizationfund: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            sumamount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            sumamountbase: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BudgetBalance {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    balance: Ok(Default::default()),
                    balancebase: Ok(Default::default()),
                    balancedate: Ok(Default::default()),
                    currencyid: Ok(Default::default()),
                    currencyname: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    stabilizationfund: Ok(Default::default()),
                    sumamount: Ok(Default::default()),
                    sumamountbase: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl BudgetBalance {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn balance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.balance = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balance: {e}")
                    });
                self
            }
            pub fn balancebase<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.balancebase = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balancebase: {e}")
                    });
                self
            }
            pub fn balancedate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.balancedate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for balancedate: {e}")
                    });
                self
            }
            pub fn currencyid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.currencyid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currencyid: {e}")
                    });
                self
            }
            pub fn currencyname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.currencyname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currencyname: {e}")
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
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn stabilizationfund<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.stabilizationfund = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for stabilizationfund: {e}"
                        )
                    });
                self
            }
            pub fn sumamount<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.sumamount = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sumamount: {e}")
                    });
                self
            }
            pub fn sumamountbase<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.sumamountbase = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sumamountbase: {e}")
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
        impl ::std::convert::TryFrom<BudgetBalance> for super::BudgetBalance {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BudgetBalance,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    balance: value.balance?,
                    balancebase: value.balancebase?,
                    balancedate: value.balancedate?,
                    currencyid: value.currencyid?,
                    currencyname: value.currencyname?,
                    id: value.id?,
                    name: value.name?,
                    stabilizationfund: value.stabilizationfund?,
                    sumamount: value.sumamount?,
                    sumamountbase: value.sumamountbase?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::BudgetBalance> for BudgetBalance {
            fn from(value: super::BudgetBalance) -> Self {
                Self {
                    active: Ok(value.active),
                    balance: Ok(value.balance),
                    balancebase: Ok(value.balancebase),
                    balancedate: Ok(value.balancedate),
                    currencyid: Ok(value.currencyid),
                    currencyname: Ok(value.currencyname),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    stabilizationfund: Ok(value.stabilizationfund),
                    sumamount: Ok(value.sumamount),
                    sumamountbase: Ok(value.sumamountbase),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomField {
            key: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomField {
            fn default() -> Self {
                Self {
                    key: Ok(Default::default()),
                    name: Ok(Default::default()),
                    value: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl CustomField {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
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
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
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
        impl ::std::convert::TryFrom<CustomField> for super::CustomField {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomField,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    name: value.name?,
                    value: value.value?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CustomField> for CustomField {
            fn from(value: super::CustomField) -> Self {
                Self {
                    key: Ok(value.key),
                    name: Ok(value.name),
                    value: Ok(value.value),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FailEnvelope {
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FailEnvelope {
            fn default() -> Self {
                Self {
                    message: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl FailEnvelope {
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
                    message: value.message?,
                    status: value.status?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::FailEnvelope> for FailEnvelope {
            fn from(value: super::FailEnvelope) -> Self {
                Self {
                    message: Ok(value.message),
                    status: Ok(value.status),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OperationResult {
            message: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            paymentid: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::payspec::Text, ::std::string::String>,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OperationResult {
            fn default() -> Self {
                Self {
                    message: Ok(Default::default()),
                    paymentid: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl OperationResult {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn paymentid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.paymentid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for paymentid: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::payspec::Text>,
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
        impl ::std::convert::TryFrom<OperationResult> for super::OperationResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OperationResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    paymentid: value.paymentid?,
                    status: value.status?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::OperationResult> for OperationResult {
            fn from(value: super::OperationResult) -> Self {
                Self {
                    message: Ok(value.message),
                    paymentid: Ok(value.paymentid),
                    status: Ok(value.status),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Payment {
            accountid: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            accountname: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            amountbase: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            bankdetail: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            categoryid: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            categoryname: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            cdate: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            client_code1c: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            client_name: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            clientid: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            code1c: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            comment: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            currencyid: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            currencyname: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            currencyrate: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            customfields: ::std::result::Result<
                ::std::option::Option<
                    ::payspec::LenientList<crate::generated::types::CustomField>,
                >,
                ::std::string::String,
            >,
            direction: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            documentid: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            referenscode: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            user_code1c: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            user_name: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            userid: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            virtual_: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
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
                    accountid: Ok(Default::default()),
                    accountname: Ok(Default::default()),
                    amount: Ok(Default::default()),
                    amountbase: Ok(Default::default()),
                    bankdetail: Ok(Default::default()),
                    categoryid: Ok(Default::default()),
                    categoryname: Ok(Default::default()),
                    cdate: Ok(Default::default()),
                    client_code1c: Ok(Default::default()),
                    client_name: Ok(Default::default()),
                    clientid: Ok(Default::default()),
                    code1c: Ok(Default::default()),
                    comment: Ok(Default::default()),
                    currencyid: Ok(Default::default()),
                    currencyname: Ok(Default::default()),
                    currencyrate: Ok(Default::default()),
                    customfields: Ok(Default::default()),
                    direction: Ok(Default::default()),
                    documentid: Ok(Default::default()),
                    id: Ok(Default::default()),
                    referenscode: Ok(Default::default()),
                    user_code1c: Ok(Default::default()),
                    user_name: Ok(Default::default()),
                    userid: Ok(Default::default()),
                    virtual_: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Payment {
            pub fn accountid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.accountid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for accountid: {e}")
                    });
                self
            }
            pub fn accountname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.accountname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for accountname: {e}")
                    });
                self
            }
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
            pub fn amountbase<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.amountbase = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amountbase: {e}")
                    });
                self
            }
            pub fn bankdetail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.bankdetail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bankdetail: {e}")
                    });
                self
            }
            pub fn categoryid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.categoryid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for categoryid: {e}")
                    });
                self
            }
            pub fn categoryname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.categoryname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for categoryname: {e}")
                    });
                self
            }
            pub fn cdate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.cdate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cdate: {e}")
                    });
                self
            }
            pub fn client_code1c<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_code1c = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_code1c: {e}")
                    });
                self
            }
            pub fn client_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_name: {e}")
                    });
                self
            }
            pub fn clientid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.clientid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for clientid: {e}")
                    });
                self
            }
            pub fn code1c<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.code1c = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code1c: {e}")
                    });
                self
            }
            pub fn comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.comment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment: {e}")
                    });
                self
            }
            pub fn currencyid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.currencyid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currencyid: {e}")
                    });
                self
            }
            pub fn currencyname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.currencyname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currencyname: {e}")
                    });
                self
            }
            pub fn currencyrate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.currencyrate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currencyrate: {e}")
                    });
                self
            }
            pub fn customfields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::payspec::LenientList<crate::generated::types::CustomField>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.customfields = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for customfields: {e}")
                    });
                self
            }
            pub fn direction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.direction = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for direction: {e}")
                    });
                self
            }
            pub fn documentid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.documentid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for documentid: {e}")
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
            pub fn referenscode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.referenscode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for referenscode: {e}")
                    });
                self
            }
            pub fn user_code1c<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_code1c = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_code1c: {e}")
                    });
                self
            }
            pub fn user_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_name: {e}")
                    });
                self
            }
            pub fn userid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.userid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for userid: {e}")
                    });
                self
            }
            pub fn virtual_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.virtual_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for virtual_: {e}")
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
                    accountid: value.accountid?,
                    accountname: value.accountname?,
                    amount: value.amount?,
                    amountbase: value.amountbase?,
                    bankdetail: value.bankdetail?,
                    categoryid: value.categoryid?,
                    categoryname: value.categoryname?,
                    cdate: value.cdate?,
                    client_code1c: value.client_code1c?,
                    client_name: value.client_name?,
                    clientid: value.clientid?,
                    code1c: value.code1c?,
                    comment: value.comment?,
                    currencyid: value.currencyid?,
                    currencyname: value.currencyname?,
                    currencyrate: value.currencyrate?,
                    customfields: value.customfields?,
                    direction: value.direction?,
                    documentid: value.documentid?,
                    id: value.id?,
                    referenscode: value.referenscode?,
                    user_code1c: value.user_code1c?,
                    user_name: value.user_name?,
                    userid: value.userid?,
                    virtual_: value.virtual_?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Payment> for Payment {
            fn from(value: super::Payment) -> Self {
                Self {
                    accountid: Ok(value.accountid),
                    accountname: Ok(value.accountname),
                    amount: Ok(value.amount),
                    amountbase: Ok(value.amountbase),
                    bankdetail: Ok(value.bankdetail),
                    categoryid: Ok(value.categoryid),
                    categoryname: Ok(value.categoryname),
                    cdate: Ok(value.cdate),
                    client_code1c: Ok(value.client_code1c),
                    client_name: Ok(value.client_name),
                    clientid: Ok(value.clientid),
                    code1c: Ok(value.code1c),
                    comment: Ok(value.comment),
                    currencyid: Ok(value.currencyid),
                    currencyname: Ok(value.currencyname),
                    currencyrate: Ok(value.currencyrate),
                    customfields: Ok(value.customfields),
                    direction: Ok(value.direction),
                    documentid: Ok(value.documentid),
                    id: Ok(value.id),
                    referenscode: Ok(value.referenscode),
                    user_code1c: Ok(value.user_code1c),
                    user_name: Ok(value.user_name),
                    userid: Ok(value.userid),
                    virtual_: Ok(value.virtual_),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PendingPayment {
            accountid: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            accountname: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            amount: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            amountbase: ::std::result::Result<
                ::std::option::Option<::payspec::Decimal>,
                ::std::string::String,
            >,
            categoryid: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            categoryname: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            cdate: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            currencyid: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            currencyname: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            direction: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            manager_name: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            managerid: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            ordercode1c: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            orderid: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            ordername: ::std::result::Result<
                ::std::option::Option<::payspec::Text>,
                ::std::string::String,
            >,
            received: ::std::result::Result<
                ::std::option::Option<::payspec::Flag>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PendingPayment {
            fn default() -> Self {
                Self {
                    accountid: Ok(Default::default()),
                    accountname: Ok(Default::default()),
                    amount: Ok(Default::default()),
                    amountbase: Ok(Default::default()),
                    categoryid: Ok(Default::default()),
                    categoryname: Ok(Default::default()),
                    cdate: Ok(Default::default()),
                    currencyid: Ok(Default::default()),
                    currencyname: Ok(Default::default()),
                    direction: Ok(Default::default()),
                    id: Ok(Default::default()),
                    manager_name: Ok(Default::default()),
                    managerid: Ok(Default::default()),
                    ordercode1c: Ok(Default::default()),
                    orderid: Ok(Default::default()),
                    ordername: Ok(Default::default()),
                    received: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl PendingPayment {
            pub fn accountid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.accountid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for accountid: {e}")
                    });
                self
            }
            pub fn accountname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.accountname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for accountname: {e}")
                    });
                self
            }
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
            pub fn amountbase<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Decimal>>,
                T::Error: ::std::fmt::Display,
            {
                self.amountbase = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for amountbase: {e}")
                    });
                self
            }
            pub fn categoryid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.categoryid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for categoryid: {e}")
                    });
                self
            }
            pub fn categoryname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.categoryname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for categoryname: {e}")
                    });
                self
            }
            pub fn cdate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.cdate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cdate: {e}")
                    });
                self
            }
            pub fn currencyid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.currencyid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currencyid: {e}")
                    });
                self
            }
            pub fn currencyname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.currencyname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currencyname: {e}")
                    });
                self
            }
            pub fn direction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.direction = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for direction: {e}")
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
            pub fn manager_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.manager_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for manager_name: {e}")
                    });
                self
            }
            pub fn managerid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.managerid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for managerid: {e}")
                    });
                self
            }
            pub fn ordercode1c<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.ordercode1c = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ordercode1c: {e}")
                    });
                self
            }
            pub fn orderid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.orderid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for orderid: {e}")
                    });
                self
            }
            pub fn ordername<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Text>>,
                T::Error: ::std::fmt::Display,
            {
                self.ordername = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ordername: {e}")
                    });
                self
            }
            pub fn received<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::payspec::Flag>>,
                T::Error: ::std::fmt::Display,
            {
                self.received = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for received: {e}")
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
        impl ::std::convert::TryFrom<PendingPayment> for super::PendingPayment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PendingPayment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accountid: value.accountid?,
                    accountname: value.accountname?,
                    amount: value.amount?,
                    amountbase: value.amountbase?,
                    categoryid: value.categoryid?,
                    categoryname: value.categoryname?,
                    cdate: value.cdate?,
                    currencyid: value.currencyid?,
                    currencyname: value.currencyname?,
                    direction: value.direction?,
                    id: value.id?,
                    manager_name: value.manager_name?,
                    managerid: value.managerid?,
                    ordercode1c: value.ordercode1c?,
                    orderid: value.orderid?,
                    ordername: value.ordername?,
                    received: value.received?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::PendingPayment> for PendingPayment {
            fn from(value: super::PendingPayment) -> Self {
                Self {
                    accountid: Ok(value.accountid),
                    accountname: Ok(value.accountname),
                    amount: Ok(value.amount),
                    amountbase: Ok(value.amountbase),
                    categoryid: Ok(value.categoryid),
                    categoryname: Ok(value.categoryname),
                    cdate: Ok(value.cdate),
                    currencyid: Ok(value.currencyid),
                    currencyname: Ok(value.currencyname),
                    direction: Ok(value.direction),
                    id: Ok(value.id),
                    manager_name: Ok(value.manager_name),
                    managerid: Ok(value.managerid),
                    ordercode1c: Ok(value.ordercode1c),
                    orderid: Ok(value.orderid),
                    ordername: Ok(value.ordername),
                    received: Ok(value.received),
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
    /** Kind of legal entity whose financial accounts `/api/payment/balance/get/` covers: `all`
(virtual and non-virtual), `standard` (non-virtual only; the default when omitted),
`virtual` (virtual only). Open: unknown values are kept.

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum ContractorType {
        /// `all`
        All,
        /// `standard`
        Standard,
        /// `virtual`
        Virtual,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl ContractorType {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::All => "all",
                Self::Standard => "standard",
                Self::Virtual => "virtual",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for ContractorType {
        fn from(value: &str) -> Self {
            match value {
                "all" => Self::All,
                "standard" => Self::Standard,
                "virtual" => Self::Virtual,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for ContractorType {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for ContractorType {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for ContractorType {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for ContractorType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for ContractorType {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ContractorType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
    /** Direction of a payment: `fromclient` = incoming (the client pays), `toclient` = outgoing
(paid to the client). Open: unknown values are kept. Used for the request parameter only;
responses carry `direction` as `Text` so an unknown value never fails decoding.

 An open enum: values this client does not know decode as `Other`.*/
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum PaymentDirection {
        /// `fromclient`
        Fromclient,
        /// `toclient`
        Toclient,
        /// A value not documented when this client was generated.
        Other(::std::string::String),
    }
    impl PaymentDirection {
        /// The value as it goes on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Fromclient => "fromclient",
                Self::Toclient => "toclient",
                Self::Other(v) => v.as_str(),
            }
        }
    }
    impl ::std::convert::From<&str> for PaymentDirection {
        fn from(value: &str) -> Self {
            match value {
                "fromclient" => Self::Fromclient,
                "toclient" => Self::Toclient,
                other => Self::Other(other.to_owned()),
            }
        }
    }
    impl ::std::convert::From<::std::string::String> for PaymentDirection {
        fn from(value: ::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::convert::From<&::std::string::String> for PaymentDirection {
        fn from(value: &::std::string::String) -> Self {
            Self::from(value.as_str())
        }
    }
    impl ::std::str::FromStr for PaymentDirection {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self::from(value))
        }
    }
    impl ::std::fmt::Display for PaymentDirection {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::serde::Serialize for PaymentDirection {
        fn serialize<S: ::serde::Serializer>(
            &self,
            s: S,
        ) -> ::std::result::Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PaymentDirection {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            d: D,
        ) -> ::std::result::Result<Self, D::Error> {
            ::payspec::text_with(d, |s: &str| Self::from(s))
        }
    }
}
#[derive(Clone, Debug)]
/**Client for OneBox (1b.app) CRM payment API v1

Payment section of the OneBox OS CRM "REST API" v1: actual payments, pending (expected,
"probation") payments, balances of financial accounts and balances of budgets.

**Host.** Every OneBox account lives on its own host: `<name>.1b.app`,
`<name>.crm-onebox.com` or a custom domain (the official docs write `http://myboxurl/...`).
The paths below carry the full documented path, trailing slash included
(`/api/payment/add/`), so the base URL a caller passes is scheme + host only. The docs show
`http://`; we use `https://` (inferred, every hosted account serves TLS).

**Transport.** Every method is a plain `GET` with all parameters in the query string, exactly
as in the official example URLs. Whether v1 also accepts POST is not documented, so this spec
declares GET only.

**Authentication.** Two query parameters on every call, injected by the client and therefore
not listed as operation parameters: `login` (the OneBox user login) and `password` (the md5
hex digest of the password; OneBox technical support hands out the hash to use with the API).
The user needs level 2 (employee) or higher, otherwise the answer is `Bad user level!`.
There is no token endpoint in v1.

**Envelope.** Answers are JSON. Business errors arrive with HTTP 200 as
`{"status": "fail", "message": "<text>"}` (component `FailEnvelope`, named by the root
`x-error-envelope`); the client detects them before decoding the success type: any
`status` but the documented success value `ok` is a refusal, and an object in no documented
shape is a decode error rather than an empty success (`x-envelope` on `FailEnvelope` says
what is inferred). The exact key names of the success answers were never published (only
field lists), so every success schema here is tolerant: no field is required but the
`status` of `OperationResult`, every other field is nullable, numbers and strings
are accepted interchangeably (`Decimal`, `Text`, `Flag`), and lists accept the several shapes
a PHP backend produces (`LenientList`). Every operation's `200` shows both shapes, the
success schema and `FailEnvelope` (`anyOf`), with a documented refusal among its examples.
Every object OneBox sends keeps the members this spec does not name
(`additionalProperties: {}`; the generated Rust structs collect them in `extra`).

**Formats.** Datetime parameters use `Y-m-d H:i:s` (e.g. `2015-12-15 23:11:00`), date
parameters `Y-m-d` (e.g. `2016-01-01`, inferred); flags are `1` / `0`.

**Paging.** `/api/payment/get/` and `/api/payment/probation/get/` return up to 1000 items per
`part` (1, 2, ...). No total is returned; page until a part holds fewer than 1000 items
(inferred).

**Documentation quirks.** In the official example URLs `¤cyname=UAH` is an HTML-entity
rendering accident for `&currencyname=UAH` (`&curren` became `¤`); the examples in this spec
are corrected. Parameter types in the official tables disagree with each other in a few
places (`paymentid` string vs integer, `ordercode1c` integer vs string, `categoryid` typed
"interger"); each affected parameter says which type we chose and why.

**Infrastructure errors (not modelled as responses).** The docs mention only these HTTP
statuses, all produced by the hosting stack rather than the API: **502 Bad Gateway** (check
connectivity; otherwise a server-side problem), **503 Service Temporarily Unavailable** (too
many requests: wait a couple of minutes and retry), **504 Gateway Timeout** (server load, or
a request too heavy for the time limit: split it into smaller ones), **505 HTTP Version not
supported**. The generated client reports them as unexpected responses.

**API v2.** OneBox also has a token-based API v2 (`POST /api/v2/<entity>/<action>/`, JSON
bodies, token from `/api/v2/token/get/` sent in a `token` header). It is a separate API
generation with no known payment methods and is **not covered** by this spec.


Version: v1*/
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
        "v1"
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
    /**Add an actual payment

Creates an actual payment. Only `sum` is mandatory (it must not be zero). Currency,
financial account, category, client, manager and order can each be given by id or by
name / external code; OneBox looks the referenced record up and links the payment to it.
Client lookup is tried by id, code1c, email or phone, in whatever combination is sent.
On success the answer is `status: ok` with the new payment id.

Note: in the official example URLs `¤cyname=UAH` stands for `&currencyname=UAH` (an
HTML-entity rendering accident); the URLs in `x-examples-urls` are corrected.


Sends a `GET` request to `/api/payment/add/`

Arguments:
- `accountcode1c`: External code (code1c) of the financial account, an alternative to `accountid`.
- `accountid`: Id of the financial account the payment is booked to.
- `accountname`: Name of the financial account, an alternative to `accountid`.
- `categoryid`: Id of the payment category. The official table types it "interger" (a typo); it is an integer, as in every other table.
- `categoryname`: Name of the payment category, an alternative to `categoryid`.
- `cdate`: Creation date of the payment, format `Y-m-d H:i:s`. Defaults to the current date and time.
- `clientcode1c`: External code (code1c) of the client; OneBox looks the client up by it and links the payment.
- `clientemail`: Email of the client; OneBox looks the client up by email and links the payment.
- `clientid`: Id of the client; OneBox looks the client up by id and links the payment to them.
- `clientname`: Name of the client the payment belongs to.
- `clientphone`: Phone number of the client; OneBox looks the client up by phone and links the payment.
- `code1c`: External code of the payment, i.e. the payment id in the caller's own system. A duplicate is rejected with `PaymentCode1c exists`.
- `codepayment`: Payment code (free text; its use is not further documented).
- `comment`: Free-text comment on the payment.
- `currencyid`: Id of the payment currency.
- `currencyname`: Name of the payment currency (e.g. `UAH`), an alternative to `currencyid`. Written `¤cyname` in the official example URLs by a rendering accident.
- `currencyrate`: Rate of the payment currency against the base currency of the account.
- `direction`: Direction of the payment, `fromclient` (incoming) or `toclient` (outgoing). When omitted it follows from the amount (per the docs; inferred to mean its sign).
- `invoiceid`: Id of the paired payment ("payment couple" in the docs); the pairing semantics are not further documented.
- `linkkey`: Unique key of the payment (free text; its use is not further documented).
- `managerid`: Id of the user recorded as making the payment. Defaults to the API user.
- `nobalance`: `1` / `0`. The docs describe it as "whether to include this payment in the overall
balance"; judging by the name, `1` keeps the payment out of the overall balance
(inferred).

- `ordercode1c`: External code (code1c) of the order to link the payment to. The add-payment table types
it integer while every other table types it string; we use
string, since external codes are not guaranteed to be numeric (a numeric code such as
`777` is sent identically either way).

- `orderid`: Id of the order ("процесс") to link the payment to; OneBox looks the order up by id.
- `pdate`: Posting date (when the payment became active), format `Y-m-d H:i:s`.
- `rdate`: Date the payment was cancelled, format `Y-m-d H:i:s`.
- `sum`: Payment amount in the payment currency. Must not be zero.
- `sumbase`: Payment amount in the account's base currency. When omitted OneBox computes it from `sum` and the currency rate.
```ignore
let response = client.payment_add()
    .accountcode1c(accountcode1c)
    .accountid(accountid)
    .accountname(accountname)
    .categoryid(categoryid)
    .categoryname(categoryname)
    .cdate(cdate)
    .clientcode1c(clientcode1c)
    .clientemail(clientemail)
    .clientid(clientid)
    .clientname(clientname)
    .clientphone(clientphone)
    .code1c(code1c)
    .codepayment(codepayment)
    .comment(comment)
    .currencyid(currencyid)
    .currencyname(currencyname)
    .currencyrate(currencyrate)
    .direction(direction)
    .invoiceid(invoiceid)
    .linkkey(linkkey)
    .managerid(managerid)
    .nobalance(nobalance)
    .ordercode1c(ordercode1c)
    .orderid(orderid)
    .pdate(pdate)
    .rdate(rdate)
    .sum(sum)
    .sumbase(sumbase)
    .send()
    .await;
```*/
    pub fn payment_add(&self) -> builder::PaymentAdd<'_> {
        builder::PaymentAdd::new(self)
    }
    /**Add a pending (expected) payment

Creates a pending ("expected") payment tied to an order. A non-zero `sum` is mandatory,
and the order must be named either by `orderid` or by `ordercode1c` (at least one). The
expected receipt date `pdate` is optional in this spec: the seed's table marks it
required but its examples omit it; the client lets the server decide. `received=1`
records it as already received.


Sends a `GET` request to `/api/payment/probation/add/`

Arguments:
- `accountid`: Id of the financial account the payment is expected on.
- `accountname`: Name of the financial account, an alternative to `accountid`.
- `categoryid`: Id of the payment category. The official table types it "interger" (a typo); it is an integer.
- `categoryname`: Name of the payment category, an alternative to `categoryid`.
- `comment`: Free-text comment on the payment.
- `currencyid`: Id of the payment currency.
- `currencyname`: Name of the payment currency (e.g. `UAH`), an alternative to `currencyid`. Written `¤cyname` in the official example URLs by a rendering accident.
- `managerid`: Id of the user recorded as making the payment. Defaults to the API user.
- `ordercode1c`: External code (code1c) of the order. This or `orderid` must be given (`x-require-one-of`). String, as this table types it.
- `orderid`: Id of the order the payment is expected for. This or `ordercode1c` must be given (`x-require-one-of`).
- `pdate`: Expected date of receipt, format `Y-m-d` (inferred for "date" fields). Optional here:
the seed's table marks it required but its examples omit it; the client lets the
server decide.

- `received`: `1` if the payment has already been received, `0` if not.
- `sum`: Payment amount in the payment currency. Must not be zero.
```ignore
let response = client.payment_probation_add()
    .accountid(accountid)
    .accountname(accountname)
    .categoryid(categoryid)
    .categoryname(categoryname)
    .comment(comment)
    .currencyid(currencyid)
    .currencyname(currencyname)
    .managerid(managerid)
    .ordercode1c(ordercode1c)
    .orderid(orderid)
    .pdate(pdate)
    .received(received)
    .sum(sum)
    .send()
    .await;
```*/
    pub fn payment_probation_add(&self) -> builder::PaymentProbationAdd<'_> {
        builder::PaymentProbationAdd::new(self)
    }
    /**Delete an actual payment

Deletes an actual payment identified either by its OneBox id (`paymentid`) or by the
caller's external code (`paymentcode1c`); at least one of the two must be sent.


Sends a `GET` request to `/api/payment/delete/`

Arguments:
- `paymentcode1c`: External code (code1c) of the payment. This or `paymentid` must be given (`x-require-one-of`).
- `paymentid`: OneBox id of the payment. This table types it string while the get methods type it
integer; we use integer because payment ids are numeric (inferred).
This or `paymentcode1c` must be given (`x-require-one-of`; the table marks both
"required" but means "one or the other").

```ignore
let response = client.payment_delete()
    .paymentcode1c(paymentcode1c)
    .paymentid(paymentid)
    .send()
    .await;
```*/
    pub fn payment_delete(&self) -> builder::PaymentDelete<'_> {
        builder::PaymentDelete::new(self)
    }
    /**Delete a pending payment

Deletes a pending (expected) payment by its OneBox id. `nomessage=1` suppresses the
notification OneBox otherwise creates about the deletion.


Sends a `GET` request to `/api/payment/probation/delete/`

Arguments:
- `nomessage`: `1` = do not create a deletion notification ("Не создавать уведомление об удалении").
- `paymentid`: OneBox id of the pending payment to delete.
```ignore
let response = client.payment_probation_delete()
    .nomessage(nomessage)
    .paymentid(paymentid)
    .send()
    .await;
```*/
    pub fn payment_probation_delete(&self) -> builder::PaymentProbationDelete<'_> {
        builder::PaymentProbationDelete::new(self)
    }
    /**Edit an actual payment

Changes an existing actual payment, identified by `paymentid` or `paymentcode1c` (at
least one). Only the fields sent are changed; dates, amounts, currency, financial
account, client and order can all be reassigned. On success the answer carries the id of
the edited payment.

The official example URL contains an empty `&&` pair, which servers ignore; it is kept
verbatim in `x-examples-urls`.


Sends a `GET` request to `/api/payment/update/`

Arguments:
- `accountid`: Id of the financial account to move the payment to.
- `accountname`: Name of the financial account, an alternative to `accountid`.
- `cdate`: New creation date, format `Y-m-d H:i:s`.
- `clientcode1c`: External code (code1c) of the client; OneBox looks the client up by it and links the payment.
- `clientid`: Id of the client; OneBox looks the client up by id and links the payment to them.
- `comment`: New free-text comment.
- `currencyid`: Id of the new payment currency.
- `currencyname`: Name of the new payment currency, an alternative to `currencyid`.
- `ordercode1c`: External code (code1c) of the order to link the payment to. String, as this table types it.
- `orderid`: Id of the order to link the payment to.
- `paymentcode1c`: External code (code1c) of the payment to edit. This or `paymentid` must be given (`x-require-one-of`).
- `paymentid`: OneBox id of the payment to edit. This table types it string while the get methods
type it integer; we use integer because payment ids are
numeric. This or `paymentcode1c` must be given (`x-require-one-of`; the table marks
both "required" but means "one or the other").

- `pdate`: New payment (posting) date, format `Y-m-d H:i:s`.
- `rdate`: New refusal (cancellation) date, format `Y-m-d H:i:s`.
- `sum`: New payment amount in the payment currency.
- `sumbase`: New payment amount in the base currency.
```ignore
let response = client.payment_update()
    .accountid(accountid)
    .accountname(accountname)
    .cdate(cdate)
    .clientcode1c(clientcode1c)
    .clientid(clientid)
    .comment(comment)
    .currencyid(currencyid)
    .currencyname(currencyname)
    .ordercode1c(ordercode1c)
    .orderid(orderid)
    .paymentcode1c(paymentcode1c)
    .paymentid(paymentid)
    .pdate(pdate)
    .rdate(rdate)
    .sum(sum)
    .sumbase(sumbase)
    .send()
    .await;
```*/
    pub fn payment_update(&self) -> builder::PaymentUpdate<'_> {
        builder::PaymentUpdate::new(self)
    }
    /**Read one pending payment or page through all of them

Two modes on one URL. **One:** send `paymentid` (the id returned when the pending payment
was created) to read that pending payment. **All:** send `part` (1, 2, ...) to read the
pending payments 1000 at a time, optionally narrowed by the filters, which apply in list
mode only. At least one of `paymentid` / `part` must be sent. Both modes answer with a
list (one item in "one" mode).


Sends a `GET` request to `/api/payment/probation/get/`

Arguments:
- `accountid`: List mode only. Id of the financial account of the pending payment.
- `accountname`: List mode only. Name of the financial account of the pending payment.
- `categoryid`: List mode only. Id of the payment category.
- `categoryname`: List mode only. Name of the payment category.
- `cdatefrom`: List mode only. Created on or after this date, format `Y-m-d` (inferred).
- `cdateto`: List mode only. Created on or before this date, format `Y-m-d` (inferred).
- `ordercode1c`: List mode only. External code (code1c) of the order. String, as this table types it.
- `orderid`: List mode only. Id of the order ("процесс") the payments belong to.
- `part`: List mode: page number, starting at 1; each part holds up to 1000 pending payments
(part 2 = the next 1000, and so on). The list table marks it required; it is optional
here because "one" mode uses `paymentid` instead (`x-require-one-of`).

- `paymentid`: "One" mode: id of the pending payment to read. This or `part` must be given (`x-require-one-of`).
- `pdatefrom`: List mode only. Received (expected) on or after this date, format `Y-m-d` (inferred).
- `pdateto`: List mode only. Received (expected) on or before this date, format `Y-m-d` (inferred).
- `received`: List mode only. `1` = only received payments, `0` = only payments not yet received; omit for both.
```ignore
let response = client.payment_probation_get()
    .accountid(accountid)
    .accountname(accountname)
    .categoryid(categoryid)
    .categoryname(categoryname)
    .cdatefrom(cdatefrom)
    .cdateto(cdateto)
    .ordercode1c(ordercode1c)
    .orderid(orderid)
    .part(part)
    .paymentid(paymentid)
    .pdatefrom(pdatefrom)
    .pdateto(pdateto)
    .received(received)
    .send()
    .await;
```*/
    pub fn payment_probation_get(&self) -> builder::PaymentProbationGet<'_> {
        builder::PaymentProbationGet::new(self)
    }
    /**Read one actual payment or page through all of them

Two modes on one URL. **One:** send `paymentid` (the id returned when the payment was
created) to read that payment. **All:** send `part` (1, 2, ...) to read the payments 1000
at a time, optionally narrowed by the filters, which apply in list mode only. At least one
of `paymentid` / `part` must be sent. Both modes answer with a list (one item in "one"
mode). Each payment carries its client, the user who made it, bank details and its
custom fields.


Sends a `GET` request to `/api/payment/get/`

Arguments:
- `accountid`: List mode only. Id of the financial account.
- `accountname`: List mode only. Name of the financial account.
- `categoryid`: List mode only. Id of the payment category.
- `categoryname`: List mode only. Name of the payment category.
- `cdatefrom`: List mode only. Created on or after this date, format `Y-m-d` (inferred).
- `cdateto`: List mode only. Created on or before this date, format `Y-m-d` (inferred).
- `ordercode1c`: List mode only. External code (code1c) of the order. String, as this table types it.
- `orderid`: List mode only. Id of the order ("процесс") the payments belong to.
- `part`: List mode: page number, starting at 1; each part holds up to 1000 payments (part 2 =
the next 1000, and so on). The list table marks it required; it is optional here
because "one" mode uses `paymentid` instead (`x-require-one-of`).

- `paymentid`: "One" mode: id of the payment to read. This or `part` must be given (`x-require-one-of`).
- `pdatefrom`: List mode only. Received (posted) on or after this date, format `Y-m-d` (inferred).
- `pdateto`: List mode only. Received (posted) on or before this date, format `Y-m-d` (inferred).
```ignore
let response = client.payment_get()
    .accountid(accountid)
    .accountname(accountname)
    .categoryid(categoryid)
    .categoryname(categoryname)
    .cdatefrom(cdatefrom)
    .cdateto(cdateto)
    .ordercode1c(ordercode1c)
    .orderid(orderid)
    .part(part)
    .paymentid(paymentid)
    .pdatefrom(pdatefrom)
    .pdateto(pdateto)
    .send()
    .await;
```*/
    pub fn payment_get(&self) -> builder::PaymentGet<'_> {
        builder::PaymentGet::new(self)
    }
    /**Balances of the financial accounts

Returns the current balance of every financial account, with opening balance, overdraft
and the totals of incoming and outgoing payments. `contractortype` chooses the accounts
of real (standard), virtual or all legal entities; `accountid` narrows the answer to a
single account.


Sends a `GET` request to `/api/payment/balance/get/`

Arguments:
- `accountid`: Id of a single financial account, to get the balance of that account only.
- `contractortype`: Kind of legal entity ("тип юридического лица") whose accounts to include: `all` =
virtual and non-virtual, `standard` = non-virtual only (also the behaviour when the
parameter is omitted), `virtual` = virtual only.

```ignore
let response = client.payment_balance_get()
    .accountid(accountid)
    .contractortype(contractortype)
    .send()
    .await;
```*/
    pub fn payment_balance_get(&self) -> builder::PaymentBalanceGet<'_> {
        builder::PaymentBalanceGet::new(self)
    }
    /**Balances of all budgets

Returns every budget with its balance in the budget currency and in the base currency,
its transaction totals and its stabilization fund. No parameters besides the
credentials.


Sends a `GET` request to `/api/budget/balance/get/`

```ignore
let response = client.budget_balance_get()
    .send()
    .await;
```*/
    pub fn budget_balance_get(&self) -> builder::BudgetBalanceGet<'_> {
        builder::BudgetBalanceGet::new(self)
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
    /**Builder for [`Client::payment_add`]

[`Client::payment_add`]: super::Client::payment_add*/
    #[derive(Debug, Clone)]
    pub struct PaymentAdd<'a> {
        client: &'a super::Client,
        accountcode1c: Result<Option<::std::string::String>, String>,
        accountid: Result<Option<i64>, String>,
        accountname: Result<Option<::std::string::String>, String>,
        categoryid: Result<Option<i64>, String>,
        categoryname: Result<Option<::std::string::String>, String>,
        cdate: Result<Option<::std::string::String>, String>,
        clientcode1c: Result<Option<::std::string::String>, String>,
        clientemail: Result<Option<::std::string::String>, String>,
        clientid: Result<Option<i64>, String>,
        clientname: Result<Option<::std::string::String>, String>,
        clientphone: Result<Option<::std::string::String>, String>,
        code1c: Result<Option<::std::string::String>, String>,
        codepayment: Result<Option<::std::string::String>, String>,
        comment: Result<Option<::std::string::String>, String>,
        currencyid: Result<Option<i64>, String>,
        currencyname: Result<Option<::std::string::String>, String>,
        currencyrate: Result<Option<::payspec::Decimal>, String>,
        direction: Result<Option<crate::generated::types::PaymentDirection>, String>,
        invoiceid: Result<Option<i64>, String>,
        linkkey: Result<Option<::std::string::String>, String>,
        managerid: Result<Option<i64>, String>,
        nobalance: Result<Option<::payspec::Flag>, String>,
        ordercode1c: Result<Option<::std::string::String>, String>,
        orderid: Result<Option<i64>, String>,
        pdate: Result<Option<::std::string::String>, String>,
        rdate: Result<Option<::std::string::String>, String>,
        sum: Result<::payspec::Decimal, String>,
        sumbase: Result<Option<::payspec::Decimal>, String>,
    }
    impl<'a> PaymentAdd<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                accountcode1c: Ok(None),
                accountid: Ok(None),
                accountname: Ok(None),
                categoryid: Ok(None),
                categoryname: Ok(None),
                cdate: Ok(None),
                clientcode1c: Ok(None),
                clientemail: Ok(None),
                clientid: Ok(None),
                clientname: Ok(None),
                clientphone: Ok(None),
                code1c: Ok(None),
                codepayment: Ok(None),
                comment: Ok(None),
                currencyid: Ok(None),
                currencyname: Ok(None),
                currencyrate: Ok(None),
                direction: Ok(None),
                invoiceid: Ok(None),
                linkkey: Ok(None),
                managerid: Ok(None),
                nobalance: Ok(None),
                ordercode1c: Ok(None),
                orderid: Ok(None),
                pdate: Ok(None),
                rdate: Ok(None),
                sum: Err("sum was not initialized".to_string()),
                sumbase: Ok(None),
            }
        }
        pub fn accountcode1c<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.accountcode1c = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for accountcode1c failed"
                        .to_string()
                });
            self
        }
        pub fn accountid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.accountid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for accountid failed".to_string());
            self
        }
        pub fn accountname<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.accountname = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for accountname failed"
                        .to_string()
                });
            self
        }
        pub fn categoryid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.categoryid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for categoryid failed".to_string());
            self
        }
        pub fn categoryname<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.categoryname = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for categoryname failed"
                        .to_string()
                });
            self
        }
        pub fn cdate<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cdate = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cdate failed"
                        .to_string()
                });
            self
        }
        pub fn clientcode1c<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.clientcode1c = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for clientcode1c failed"
                        .to_string()
                });
            self
        }
        pub fn clientemail<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.clientemail = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for clientemail failed"
                        .to_string()
                });
            self
        }
        pub fn clientid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.clientid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for clientid failed".to_string());
            self
        }
        pub fn clientname<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.clientname = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for clientname failed"
                        .to_string()
                });
            self
        }
        pub fn clientphone<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.clientphone = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for clientphone failed"
                        .to_string()
                });
            self
        }
        pub fn code1c<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.code1c = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for code1c failed"
                        .to_string()
                });
            self
        }
        pub fn codepayment<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.codepayment = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for codepayment failed"
                        .to_string()
                });
            self
        }
        pub fn comment<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.comment = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for comment failed"
                        .to_string()
                });
            self
        }
        pub fn currencyid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.currencyid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for currencyid failed".to_string());
            self
        }
        pub fn currencyname<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.currencyname = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for currencyname failed"
                        .to_string()
                });
            self
        }
        pub fn currencyrate<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::payspec::Decimal>,
        {
            self.currencyrate = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: payspec :: Decimal` for currencyrate failed"
                        .to_string()
                });
            self
        }
        pub fn direction<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::generated::types::PaymentDirection>,
        {
            self.direction = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: generated :: types :: PaymentDirection` for direction failed"
                        .to_string()
                });
            self
        }
        pub fn invoiceid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.invoiceid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for invoiceid failed".to_string());
            self
        }
        pub fn linkkey<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.linkkey = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for linkkey failed"
                        .to_string()
                });
            self
        }
        pub fn managerid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.managerid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for managerid failed".to_string());
            self
        }
        pub fn nobalance<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::payspec::Flag>,
        {
            self.nobalance = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: payspec :: Flag` for nobalance failed".to_string()
                });
            self
        }
        pub fn ordercode1c<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ordercode1c = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ordercode1c failed"
                        .to_string()
                });
            self
        }
        pub fn orderid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.orderid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for orderid failed".to_string());
            self
        }
        pub fn pdate<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pdate = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pdate failed"
                        .to_string()
                });
            self
        }
        pub fn rdate<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.rdate = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for rdate failed"
                        .to_string()
                });
            self
        }
        pub fn sum<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::payspec::Decimal>,
        {
            self.sum = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: payspec :: Decimal` for sum failed".to_string()
                });
            self
        }
        pub fn sumbase<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::payspec::Decimal>,
        {
            self.sumbase = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: payspec :: Decimal` for sumbase failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/payment/add/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationResult>, Error<()>> {
            let Self {
                client,
                accountcode1c,
                accountid,
                accountname,
                categoryid,
                categoryname,
                cdate,
                clientcode1c,
                clientemail,
                clientid,
                clientname,
                clientphone,
                code1c,
                codepayment,
                comment,
                currencyid,
                currencyname,
                currencyrate,
                direction,
                invoiceid,
                linkkey,
                managerid,
                nobalance,
                ordercode1c,
                orderid,
                pdate,
                rdate,
                sum,
                sumbase,
            } = self;
            let accountcode1c = accountcode1c.map_err(Error::InvalidRequest)?;
            let accountid = accountid.map_err(Error::InvalidRequest)?;
            let accountname = accountname.map_err(Error::InvalidRequest)?;
            let categoryid = categoryid.map_err(Error::InvalidRequest)?;
            let categoryname = categoryname.map_err(Error::InvalidRequest)?;
            let cdate = cdate.map_err(Error::InvalidRequest)?;
            let clientcode1c = clientcode1c.map_err(Error::InvalidRequest)?;
            let clientemail = clientemail.map_err(Error::InvalidRequest)?;
            let clientid = clientid.map_err(Error::InvalidRequest)?;
            let clientname = clientname.map_err(Error::InvalidRequest)?;
            let clientphone = clientphone.map_err(Error::InvalidRequest)?;
            let code1c = code1c.map_err(Error::InvalidRequest)?;
            let codepayment = codepayment.map_err(Error::InvalidRequest)?;
            let comment = comment.map_err(Error::InvalidRequest)?;
            let currencyid = currencyid.map_err(Error::InvalidRequest)?;
            let currencyname = currencyname.map_err(Error::InvalidRequest)?;
            let currencyrate = currencyrate.map_err(Error::InvalidRequest)?;
            let direction = direction.map_err(Error::InvalidRequest)?;
            let invoiceid = invoiceid.map_err(Error::InvalidRequest)?;
            let linkkey = linkkey.map_err(Error::InvalidRequest)?;
            let managerid = managerid.map_err(Error::InvalidRequest)?;
            let nobalance = nobalance.map_err(Error::InvalidRequest)?;
            let ordercode1c = ordercode1c.map_err(Error::InvalidRequest)?;
            let orderid = orderid.map_err(Error::InvalidRequest)?;
            let pdate = pdate.map_err(Error::InvalidRequest)?;
            let rdate = rdate.map_err(Error::InvalidRequest)?;
            let sum = sum.map_err(Error::InvalidRequest)?;
            let sumbase = sumbase.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/payment/add/", client.baseurl,);
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
                .query(
                    &progenitor_client::QueryParam::new("accountcode1c", &accountcode1c),
                )
                .query(&progenitor_client::QueryParam::new("accountid", &accountid))
                .query(&progenitor_client::QueryParam::new("accountname", &accountname))
                .query(&progenitor_client::QueryParam::new("categoryid", &categoryid))
                .query(
                    &progenitor_client::QueryParam::new("categoryname", &categoryname),
                )
                .query(&progenitor_client::QueryParam::new("cdate", &cdate))
                .query(
                    &progenitor_client::QueryParam::new("clientcode1c", &clientcode1c),
                )
                .query(&progenitor_client::QueryParam::new("clientemail", &clientemail))
                .query(&progenitor_client::QueryParam::new("clientid", &clientid))
                .query(&progenitor_client::QueryParam::new("clientname", &clientname))
                .query(&progenitor_client::QueryParam::new("clientphone", &clientphone))
                .query(&progenitor_client::QueryParam::new("code1c", &code1c))
                .query(&progenitor_client::QueryParam::new("codepayment", &codepayment))
                .query(&progenitor_client::QueryParam::new("comment", &comment))
                .query(&progenitor_client::QueryParam::new("currencyid", &currencyid))
                .query(
                    &progenitor_client::QueryParam::new("currencyname", &currencyname),
                )
                .query(
                    &progenitor_client::QueryParam::new("currencyrate", &currencyrate),
                )
                .query(&progenitor_client::QueryParam::new("direction", &direction))
                .query(&progenitor_client::QueryParam::new("invoiceid", &invoiceid))
                .query(&progenitor_client::QueryParam::new("linkkey", &linkkey))
                .query(&progenitor_client::QueryParam::new("managerid", &managerid))
                .query(&progenitor_client::QueryParam::new("nobalance", &nobalance))
                .query(&progenitor_client::QueryParam::new("ordercode1c", &ordercode1c))
                .query(&progenitor_client::QueryParam::new("orderid", &orderid))
                .query(&progenitor_client::QueryParam::new("pdate", &pdate))
                .query(&progenitor_client::QueryParam::new("rdate", &rdate))
                .query(&progenitor_client::QueryParam::new("sum", &sum))
                .query(&progenitor_client::QueryParam::new("sumbase", &sumbase))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payment_add",
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
    /**Builder for [`Client::payment_probation_add`]

[`Client::payment_probation_add`]: super::Client::payment_probation_add*/
    #[derive(Debug, Clone)]
    pub struct PaymentProbationAdd<'a> {
        client: &'a super::Client,
        accountid: Result<Option<i64>, String>,
        accountname: Result<Option<::std::string::String>, String>,
        categoryid: Result<Option<i64>, String>,
        categoryname: Result<Option<::std::string::String>, String>,
        comment: Result<Option<::std::string::String>, String>,
        currencyid: Result<Option<i64>, String>,
        currencyname: Result<Option<::std::string::String>, String>,
        managerid: Result<Option<i64>, String>,
        ordercode1c: Result<Option<::std::string::String>, String>,
        orderid: Result<Option<i64>, String>,
        pdate: Result<Option<::std::string::String>, String>,
        received: Result<Option<::payspec::Flag>, String>,
        sum: Result<::payspec::Decimal, String>,
    }
    impl<'a> PaymentProbationAdd<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                accountid: Ok(None),
                accountname: Ok(None),
                categoryid: Ok(None),
                categoryname: Ok(None),
                comment: Ok(None),
                currencyid: Ok(None),
                currencyname: Ok(None),
                managerid: Ok(None),
                ordercode1c: Ok(None),
                orderid: Ok(None),
                pdate: Ok(None),
                received: Ok(None),
                sum: Err("sum was not initialized".to_string()),
            }
        }
        pub fn accountid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.accountid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for accountid failed".to_string());
            self
        }
        pub fn accountname<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.accountname = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for accountname failed"
                        .to_string()
                });
            self
        }
        pub fn categoryid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.categoryid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for categoryid failed".to_string());
            self
        }
        pub fn categoryname<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.categoryname = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for categoryname failed"
                        .to_string()
                });
            self
        }
        pub fn comment<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.comment = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for comment failed"
                        .to_string()
                });
            self
        }
        pub fn currencyid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.currencyid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for currencyid failed".to_string());
            self
        }
        pub fn currencyname<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.currencyname = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for currencyname failed"
                        .to_string()
                });
            self
        }
        pub fn managerid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.managerid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for managerid failed".to_string());
            self
        }
        pub fn ordercode1c<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ordercode1c = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ordercode1c failed"
                        .to_string()
                });
            self
        }
        pub fn orderid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.orderid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for orderid failed".to_string());
            self
        }
        pub fn pdate<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pdate = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pdate failed"
                        .to_string()
                });
            self
        }
        pub fn received<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::payspec::Flag>,
        {
            self.received = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: payspec :: Flag` for received failed".to_string()
                });
            self
        }
        pub fn sum<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::payspec::Decimal>,
        {
            self.sum = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: payspec :: Decimal` for sum failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/payment/probation/add/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationResult>, Error<()>> {
            let Self {
                client,
                accountid,
                accountname,
                categoryid,
                categoryname,
                comment,
                currencyid,
                currencyname,
                managerid,
                ordercode1c,
                orderid,
                pdate,
                received,
                sum,
            } = self;
            let accountid = accountid.map_err(Error::InvalidRequest)?;
            let accountname = accountname.map_err(Error::InvalidRequest)?;
            let categoryid = categoryid.map_err(Error::InvalidRequest)?;
            let categoryname = categoryname.map_err(Error::InvalidRequest)?;
            let comment = comment.map_err(Error::InvalidRequest)?;
            let currencyid = currencyid.map_err(Error::InvalidRequest)?;
            let currencyname = currencyname.map_err(Error::InvalidRequest)?;
            let managerid = managerid.map_err(Error::InvalidRequest)?;
            let ordercode1c = ordercode1c.map_err(Error::InvalidRequest)?;
            let orderid = orderid.map_err(Error::InvalidRequest)?;
            let pdate = pdate.map_err(Error::InvalidRequest)?;
            let received = received.map_err(Error::InvalidRequest)?;
            let sum = sum.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/payment/probation/add/", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("accountid", &accountid))
                .query(&progenitor_client::QueryParam::new("accountname", &accountname))
                .query(&progenitor_client::QueryParam::new("categoryid", &categoryid))
                .query(
                    &progenitor_client::QueryParam::new("categoryname", &categoryname),
                )
                .query(&progenitor_client::QueryParam::new("comment", &comment))
                .query(&progenitor_client::QueryParam::new("currencyid", &currencyid))
                .query(
                    &progenitor_client::QueryParam::new("currencyname", &currencyname),
                )
                .query(&progenitor_client::QueryParam::new("managerid", &managerid))
                .query(&progenitor_client::QueryParam::new("ordercode1c", &ordercode1c))
                .query(&progenitor_client::QueryParam::new("orderid", &orderid))
                .query(&progenitor_client::QueryParam::new("pdate", &pdate))
                .query(&progenitor_client::QueryParam::new("received", &received))
                .query(&progenitor_client::QueryParam::new("sum", &sum))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payment_probation_add",
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
    /**Builder for [`Client::payment_delete`]

[`Client::payment_delete`]: super::Client::payment_delete*/
    #[derive(Debug, Clone)]
    pub struct PaymentDelete<'a> {
        client: &'a super::Client,
        paymentcode1c: Result<Option<::std::string::String>, String>,
        paymentid: Result<Option<i64>, String>,
    }
    impl<'a> PaymentDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                paymentcode1c: Ok(None),
                paymentid: Ok(None),
            }
        }
        pub fn paymentcode1c<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.paymentcode1c = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for paymentcode1c failed"
                        .to_string()
                });
            self
        }
        pub fn paymentid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.paymentid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for paymentid failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/payment/delete/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationResult>, Error<()>> {
            let Self { client, paymentcode1c, paymentid } = self;
            let paymentcode1c = paymentcode1c.map_err(Error::InvalidRequest)?;
            let paymentid = paymentid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/payment/delete/", client.baseurl,);
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
                .query(
                    &progenitor_client::QueryParam::new("paymentcode1c", &paymentcode1c),
                )
                .query(&progenitor_client::QueryParam::new("paymentid", &paymentid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payment_delete",
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
    /**Builder for [`Client::payment_probation_delete`]

[`Client::payment_probation_delete`]: super::Client::payment_probation_delete*/
    #[derive(Debug, Clone)]
    pub struct PaymentProbationDelete<'a> {
        client: &'a super::Client,
        nomessage: Result<Option<::payspec::Flag>, String>,
        paymentid: Result<i64, String>,
    }
    impl<'a> PaymentProbationDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                nomessage: Ok(None),
                paymentid: Err("paymentid was not initialized".to_string()),
            }
        }
        pub fn nomessage<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::payspec::Flag>,
        {
            self.nomessage = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: payspec :: Flag` for nomessage failed".to_string()
                });
            self
        }
        pub fn paymentid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.paymentid = value
                .try_into()
                .map_err(|_| "conversion to `i64` for paymentid failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/payment/probation/delete/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationResult>, Error<()>> {
            let Self { client, nomessage, paymentid } = self;
            let nomessage = nomessage.map_err(Error::InvalidRequest)?;
            let paymentid = paymentid.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/payment/probation/delete/", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("nomessage", &nomessage))
                .query(&progenitor_client::QueryParam::new("paymentid", &paymentid))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payment_probation_delete",
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
    /**Builder for [`Client::payment_update`]

[`Client::payment_update`]: super::Client::payment_update*/
    #[derive(Debug, Clone)]
    pub struct PaymentUpdate<'a> {
        client: &'a super::Client,
        accountid: Result<Option<i64>, String>,
        accountname: Result<Option<::std::string::String>, String>,
        cdate: Result<Option<::std::string::String>, String>,
        clientcode1c: Result<Option<::std::string::String>, String>,
        clientid: Result<Option<i64>, String>,
        comment: Result<Option<::std::string::String>, String>,
        currencyid: Result<Option<i64>, String>,
        currencyname: Result<Option<::std::string::String>, String>,
        ordercode1c: Result<Option<::std::string::String>, String>,
        orderid: Result<Option<i64>, String>,
        paymentcode1c: Result<Option<::std::string::String>, String>,
        paymentid: Result<Option<i64>, String>,
        pdate: Result<Option<::std::string::String>, String>,
        rdate: Result<Option<::std::string::String>, String>,
        sum: Result<Option<::payspec::Decimal>, String>,
        sumbase: Result<Option<::payspec::Decimal>, String>,
    }
    impl<'a> PaymentUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                accountid: Ok(None),
                accountname: Ok(None),
                cdate: Ok(None),
                clientcode1c: Ok(None),
                clientid: Ok(None),
                comment: Ok(None),
                currencyid: Ok(None),
                currencyname: Ok(None),
                ordercode1c: Ok(None),
                orderid: Ok(None),
                paymentcode1c: Ok(None),
                paymentid: Ok(None),
                pdate: Ok(None),
                rdate: Ok(None),
                sum: Ok(None),
                sumbase: Ok(None),
            }
        }
        pub fn accountid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.accountid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for accountid failed".to_string());
            self
        }
        pub fn accountname<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.accountname = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for accountname failed"
                        .to_string()
                });
            self
        }
        pub fn cdate<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cdate = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cdate failed"
                        .to_string()
                });
            self
        }
        pub fn clientcode1c<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.clientcode1c = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for clientcode1c failed"
                        .to_string()
                });
            self
        }
        pub fn clientid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.clientid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for clientid failed".to_string());
            self
        }
        pub fn comment<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.comment = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for comment failed"
                        .to_string()
                });
            self
        }
        pub fn currencyid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.currencyid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for currencyid failed".to_string());
            self
        }
        pub fn currencyname<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.currencyname = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for currencyname failed"
                        .to_string()
                });
            self
        }
        pub fn ordercode1c<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ordercode1c = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ordercode1c failed"
                        .to_string()
                });
            self
        }
        pub fn orderid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.orderid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for orderid failed".to_string());
            self
        }
        pub fn paymentcode1c<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.paymentcode1c = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for paymentcode1c failed"
                        .to_string()
                });
            self
        }
        pub fn paymentid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.paymentid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for paymentid failed".to_string());
            self
        }
        pub fn pdate<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pdate = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pdate failed"
                        .to_string()
                });
            self
        }
        pub fn rdate<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.rdate = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for rdate failed"
                        .to_string()
                });
            self
        }
        pub fn sum<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::payspec::Decimal>,
        {
            self.sum = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: payspec :: Decimal` for sum failed".to_string()
                });
            self
        }
        pub fn sumbase<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::payspec::Decimal>,
        {
            self.sumbase = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: payspec :: Decimal` for sumbase failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/payment/update/`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OperationResult>, Error<()>> {
            let Self {
                client,
                accountid,
                accountname,
                cdate,
                clientcode1c,
                clientid,
                comment,
                currencyid,
                currencyname,
                ordercode1c,
                orderid,
                paymentcode1c,
                paymentid,
                pdate,
                rdate,
                sum,
                sumbase,
            } = self;
            let accountid = accountid.map_err(Error::InvalidRequest)?;
            let accountname = accountname.map_err(Error::InvalidRequest)?;
            let cdate = cdate.map_err(Error::InvalidRequest)?;
            let clientcode1c = clientcode1c.map_err(Error::InvalidRequest)?;
            let clientid = clientid.map_err(Error::InvalidRequest)?;
            let comment = comment.map_err(Error::InvalidRequest)?;
            let currencyid = currencyid.map_err(Error::InvalidRequest)?;
            let currencyname = currencyname.map_err(Error::InvalidRequest)?;
            let ordercode1c = ordercode1c.map_err(Error::InvalidRequest)?;
            let orderid = orderid.map_err(Error::InvalidRequest)?;
            let paymentcode1c = paymentcode1c.map_err(Error::InvalidRequest)?;
            let paymentid = paymentid.map_err(Error::InvalidRequest)?;
            let pdate = pdate.map_err(Error::InvalidRequest)?;
            let rdate = rdate.map_err(Error::InvalidRequest)?;
            let sum = sum.map_err(Error::InvalidRequest)?;
            let sumbase = sumbase.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/payment/update/", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("accountid", &accountid))
                .query(&progenitor_client::QueryParam::new("accountname", &accountname))
                .query(&progenitor_client::QueryParam::new("cdate", &cdate))
                .query(
                    &progenitor_client::QueryParam::new("clientcode1c", &clientcode1c),
                )
                .query(&progenitor_client::QueryParam::new("clientid", &clientid))
                .query(&progenitor_client::QueryParam::new("comment", &comment))
                .query(&progenitor_client::QueryParam::new("currencyid", &currencyid))
                .query(
                    &progenitor_client::QueryParam::new("currencyname", &currencyname),
                )
                .query(&progenitor_client::QueryParam::new("ordercode1c", &ordercode1c))
                .query(&progenitor_client::QueryParam::new("orderid", &orderid))
                .query(
                    &progenitor_client::QueryParam::new("paymentcode1c", &paymentcode1c),
                )
                .query(&progenitor_client::QueryParam::new("paymentid", &paymentid))
                .query(&progenitor_client::QueryParam::new("pdate", &pdate))
                .query(&progenitor_client::QueryParam::new("rdate", &rdate))
                .query(&progenitor_client::QueryParam::new("sum", &sum))
                .query(&progenitor_client::QueryParam::new("sumbase", &sumbase))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payment_update",
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
    /**Builder for [`Client::payment_probation_get`]

[`Client::payment_probation_get`]: super::Client::payment_probation_get*/
    #[derive(Debug, Clone)]
    pub struct PaymentProbationGet<'a> {
        client: &'a super::Client,
        accountid: Result<Option<i64>, String>,
        accountname: Result<Option<::std::string::String>, String>,
        categoryid: Result<Option<i64>, String>,
        categoryname: Result<Option<::std::string::String>, String>,
        cdatefrom: Result<Option<::std::string::String>, String>,
        cdateto: Result<Option<::std::string::String>, String>,
        ordercode1c: Result<Option<::std::string::String>, String>,
        orderid: Result<Option<i64>, String>,
        part: Result<Option<i64>, String>,
        paymentid: Result<Option<i64>, String>,
        pdatefrom: Result<Option<::std::string::String>, String>,
        pdateto: Result<Option<::std::string::String>, String>,
        received: Result<Option<::payspec::Flag>, String>,
    }
    impl<'a> PaymentProbationGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                accountid: Ok(None),
                accountname: Ok(None),
                categoryid: Ok(None),
                categoryname: Ok(None),
                cdatefrom: Ok(None),
                cdateto: Ok(None),
                ordercode1c: Ok(None),
                orderid: Ok(None),
                part: Ok(None),
                paymentid: Ok(None),
                pdatefrom: Ok(None),
                pdateto: Ok(None),
                received: Ok(None),
            }
        }
        pub fn accountid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.accountid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for accountid failed".to_string());
            self
        }
        pub fn accountname<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.accountname = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for accountname failed"
                        .to_string()
                });
            self
        }
        pub fn categoryid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.categoryid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for categoryid failed".to_string());
            self
        }
        pub fn categoryname<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.categoryname = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for categoryname failed"
                        .to_string()
                });
            self
        }
        pub fn cdatefrom<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cdatefrom = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cdatefrom failed"
                        .to_string()
                });
            self
        }
        pub fn cdateto<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cdateto = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cdateto failed"
                        .to_string()
                });
            self
        }
        pub fn ordercode1c<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ordercode1c = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ordercode1c failed"
                        .to_string()
                });
            self
        }
        pub fn orderid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.orderid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for orderid failed".to_string());
            self
        }
        pub fn part<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.part = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for part failed".to_string());
            self
        }
        pub fn paymentid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.paymentid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for paymentid failed".to_string());
            self
        }
        pub fn pdatefrom<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pdatefrom = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pdatefrom failed"
                        .to_string()
                });
            self
        }
        pub fn pdateto<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pdateto = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pdateto failed"
                        .to_string()
                });
            self
        }
        pub fn received<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::payspec::Flag>,
        {
            self.received = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: payspec :: Flag` for received failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/payment/probation/get/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<
                ::payspec::LenientList<crate::generated::types::PendingPayment>,
            >,
            Error<()>,
        > {
            let Self {
                client,
                accountid,
                accountname,
                categoryid,
                categoryname,
                cdatefrom,
                cdateto,
                ordercode1c,
                orderid,
                part,
                paymentid,
                pdatefrom,
                pdateto,
                received,
            } = self;
            let accountid = accountid.map_err(Error::InvalidRequest)?;
            let accountname = accountname.map_err(Error::InvalidRequest)?;
            let categoryid = categoryid.map_err(Error::InvalidRequest)?;
            let categoryname = categoryname.map_err(Error::InvalidRequest)?;
            let cdatefrom = cdatefrom.map_err(Error::InvalidRequest)?;
            let cdateto = cdateto.map_err(Error::InvalidRequest)?;
            let ordercode1c = ordercode1c.map_err(Error::InvalidRequest)?;
            let orderid = orderid.map_err(Error::InvalidRequest)?;
            let part = part.map_err(Error::InvalidRequest)?;
            let paymentid = paymentid.map_err(Error::InvalidRequest)?;
            let pdatefrom = pdatefrom.map_err(Error::InvalidRequest)?;
            let pdateto = pdateto.map_err(Error::InvalidRequest)?;
            let received = received.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/payment/probation/get/", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("accountid", &accountid))
                .query(&progenitor_client::QueryParam::new("accountname", &accountname))
                .query(&progenitor_client::QueryParam::new("categoryid", &categoryid))
                .query(
                    &progenitor_client::QueryParam::new("categoryname", &categoryname),
                )
                .query(&progenitor_client::QueryParam::new("cdatefrom", &cdatefrom))
                .query(&progenitor_client::QueryParam::new("cdateto", &cdateto))
                .query(&progenitor_client::QueryParam::new("ordercode1c", &ordercode1c))
                .query(&progenitor_client::QueryParam::new("orderid", &orderid))
                .query(&progenitor_client::QueryParam::new("part", &part))
                .query(&progenitor_client::QueryParam::new("paymentid", &paymentid))
                .query(&progenitor_client::QueryParam::new("pdatefrom", &pdatefrom))
                .query(&progenitor_client::QueryParam::new("pdateto", &pdateto))
                .query(&progenitor_client::QueryParam::new("received", &received))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payment_probation_get",
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
    /**Builder for [`Client::payment_get`]

[`Client::payment_get`]: super::Client::payment_get*/
    #[derive(Debug, Clone)]
    pub struct PaymentGet<'a> {
        client: &'a super::Client,
        accountid: Result<Option<i64>, String>,
        accountname: Result<Option<::std::string::String>, String>,
        categoryid: Result<Option<i64>, String>,
        categoryname: Result<Option<::std::string::String>, String>,
        cdatefrom: Result<Option<::std::string::String>, String>,
        cdateto: Result<Option<::std::string::String>, String>,
        ordercode1c: Result<Option<::std::string::String>, String>,
        orderid: Result<Option<i64>, String>,
        part: Result<Option<i64>, String>,
        paymentid: Result<Option<i64>, String>,
        pdatefrom: Result<Option<::std::string::String>, String>,
        pdateto: Result<Option<::std::string::String>, String>,
    }
    impl<'a> PaymentGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                accountid: Ok(None),
                accountname: Ok(None),
                categoryid: Ok(None),
                categoryname: Ok(None),
                cdatefrom: Ok(None),
                cdateto: Ok(None),
                ordercode1c: Ok(None),
                orderid: Ok(None),
                part: Ok(None),
                paymentid: Ok(None),
                pdatefrom: Ok(None),
                pdateto: Ok(None),
            }
        }
        pub fn accountid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.accountid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for accountid failed".to_string());
            self
        }
        pub fn accountname<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.accountname = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for accountname failed"
                        .to_string()
                });
            self
        }
        pub fn categoryid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.categoryid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for categoryid failed".to_string());
            self
        }
        pub fn categoryname<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.categoryname = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for categoryname failed"
                        .to_string()
                });
            self
        }
        pub fn cdatefrom<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cdatefrom = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cdatefrom failed"
                        .to_string()
                });
            self
        }
        pub fn cdateto<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cdateto = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cdateto failed"
                        .to_string()
                });
            self
        }
        pub fn ordercode1c<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ordercode1c = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ordercode1c failed"
                        .to_string()
                });
            self
        }
        pub fn orderid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.orderid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for orderid failed".to_string());
            self
        }
        pub fn part<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.part = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for part failed".to_string());
            self
        }
        pub fn paymentid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.paymentid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for paymentid failed".to_string());
            self
        }
        pub fn pdatefrom<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pdatefrom = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pdatefrom failed"
                        .to_string()
                });
            self
        }
        pub fn pdateto<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.pdateto = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for pdateto failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/payment/get/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::payspec::LenientList<crate::generated::types::Payment>>,
            Error<()>,
        > {
            let Self {
                client,
                accountid,
                accountname,
                categoryid,
                categoryname,
                cdatefrom,
                cdateto,
                ordercode1c,
                orderid,
                part,
                paymentid,
                pdatefrom,
                pdateto,
            } = self;
            let accountid = accountid.map_err(Error::InvalidRequest)?;
            let accountname = accountname.map_err(Error::InvalidRequest)?;
            let categoryid = categoryid.map_err(Error::InvalidRequest)?;
            let categoryname = categoryname.map_err(Error::InvalidRequest)?;
            let cdatefrom = cdatefrom.map_err(Error::InvalidRequest)?;
            let cdateto = cdateto.map_err(Error::InvalidRequest)?;
            let ordercode1c = ordercode1c.map_err(Error::InvalidRequest)?;
            let orderid = orderid.map_err(Error::InvalidRequest)?;
            let part = part.map_err(Error::InvalidRequest)?;
            let paymentid = paymentid.map_err(Error::InvalidRequest)?;
            let pdatefrom = pdatefrom.map_err(Error::InvalidRequest)?;
            let pdateto = pdateto.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/payment/get/", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("accountid", &accountid))
                .query(&progenitor_client::QueryParam::new("accountname", &accountname))
                .query(&progenitor_client::QueryParam::new("categoryid", &categoryid))
                .query(
                    &progenitor_client::QueryParam::new("categoryname", &categoryname),
                )
                .query(&progenitor_client::QueryParam::new("cdatefrom", &cdatefrom))
                .query(&progenitor_client::QueryParam::new("cdateto", &cdateto))
                .query(&progenitor_client::QueryParam::new("ordercode1c", &ordercode1c))
                .query(&progenitor_client::QueryParam::new("orderid", &orderid))
                .query(&progenitor_client::QueryParam::new("part", &part))
                .query(&progenitor_client::QueryParam::new("paymentid", &paymentid))
                .query(&progenitor_client::QueryParam::new("pdatefrom", &pdatefrom))
                .query(&progenitor_client::QueryParam::new("pdateto", &pdateto))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payment_get",
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
    /**Builder for [`Client::payment_balance_get`]

[`Client::payment_balance_get`]: super::Client::payment_balance_get*/
    #[derive(Debug, Clone)]
    pub struct PaymentBalanceGet<'a> {
        client: &'a super::Client,
        accountid: Result<Option<i64>, String>,
        contractortype: Result<Option<crate::generated::types::ContractorType>, String>,
    }
    impl<'a> PaymentBalanceGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                accountid: Ok(None),
                contractortype: Ok(None),
            }
        }
        pub fn accountid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.accountid = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for accountid failed".to_string());
            self
        }
        pub fn contractortype<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::generated::types::ContractorType>,
        {
            self.contractortype = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: generated :: types :: ContractorType` for contractortype failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/payment/balance/get/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<
                ::payspec::LenientList<crate::generated::types::AccountBalance>,
            >,
            Error<()>,
        > {
            let Self { client, accountid, contractortype } = self;
            let accountid = accountid.map_err(Error::InvalidRequest)?;
            let contractortype = contractortype.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/payment/balance/get/", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("accountid", &accountid))
                .query(
                    &progenitor_client::QueryParam::new(
                        "contractortype",
                        &contractortype,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "payment_balance_get",
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
    /**Builder for [`Client::budget_balance_get`]

[`Client::budget_balance_get`]: super::Client::budget_balance_get*/
    #[derive(Debug, Clone)]
    pub struct BudgetBalanceGet<'a> {
        client: &'a super::Client,
    }
    impl<'a> BudgetBalanceGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/api/budget/balance/get/`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<
                ::payspec::LenientList<crate::generated::types::BudgetBalance>,
            >,
            Error<()>,
        > {
            let Self { client } = self;
            let url = format!("{}/api/budget/balance/get/", client.baseurl,);
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
                operation_id: "budget_balance_get",
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
    /// Sends the `payment_add` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentAdd<'a> {
        type Output = ::std::result::Result<types::OperationResult, ::payspec::Error>;
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
                    "payment_add",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_add",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payment_probation_add` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentProbationAdd<'a> {
        type Output = ::std::result::Result<types::OperationResult, ::payspec::Error>;
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
                    "payment_probation_add",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_probation_add",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payment_delete` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentDelete<'a> {
        type Output = ::std::result::Result<types::OperationResult, ::payspec::Error>;
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
                    "payment_delete",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_delete",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payment_probation_delete` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentProbationDelete<'a> {
        type Output = ::std::result::Result<types::OperationResult, ::payspec::Error>;
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
                    "payment_probation_delete",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_probation_delete",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payment_update` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentUpdate<'a> {
        type Output = ::std::result::Result<types::OperationResult, ::payspec::Error>;
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
                    "payment_update",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_update",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payment_probation_get` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentProbationGet<'a> {
        type Output = ::std::result::Result<
            ::payspec::LenientList<crate::generated::types::PendingPayment>,
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
                    "payment_probation_get",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_probation_get",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payment_get` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentGet<'a> {
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
                    "payment_get",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_get",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `payment_balance_get` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for PaymentBalanceGet<'a> {
        type Output = ::std::result::Result<
            ::payspec::LenientList<crate::generated::types::AccountBalance>,
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
                    "payment_balance_get",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "payment_balance_get",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    /// Sends the `budget_balance_get` request with progenitor's own `send()` and maps its result once: `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals included). `send()` gives the raw progenitor result.
    impl<'a> ::std::future::IntoFuture for BudgetBalanceGet<'a> {
        type Output = ::std::result::Result<
            ::payspec::LenientList<crate::generated::types::BudgetBalance>,
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
                    "budget_balance_get",
                    async move {
                        ::payspec::hooks::finish(
                                client.inner(),
                                "budget_balance_get",
                                self.send().await,
                            )
                            .await
                    },
                ),
            )
        }
    }
    impl<'a> PaymentGet<'a> {
        /// Every item of every page, fetched lazily: `part` from 1 on (page number), 1000 items a page. The caller's other parameters are kept. See [`payspec::paginate`].
        pub fn stream(
            self,
        ) -> ::payspec::paginate::Pages<
            'a,
            <::payspec::LenientList<
                crate::generated::types::Payment,
            > as ::payspec::paginate::Items>::Item,
        > {
            let page_size: i64 = 1000i64;
            let paging = ::payspec::paginate::Paging {
                provider: <crate::Inner as ::payspec::Provider>::NAME,
                operation: "payment_get",
                first: 1i64,
                offset: false,
                page_size,
            };
            ::payspec::paginate::Pages::new(
                paging,
                move |page| {
                    let call = self.clone().part(page);
                    ::std::boxed::Box::pin(async move {
                        call.await.map(::payspec::paginate::Items::into_items)
                    })
                },
            )
        }
    }
    impl<'a> PaymentProbationGet<'a> {
        /// Every item of every page, fetched lazily: `part` from 1 on (page number), 1000 items a page. The caller's other parameters are kept. See [`payspec::paginate`].
        pub fn stream(
            self,
        ) -> ::payspec::paginate::Pages<
            'a,
            <::payspec::LenientList<
                crate::generated::types::PendingPayment,
            > as ::payspec::paginate::Items>::Item,
        > {
            let page_size: i64 = 1000i64;
            let paging = ::payspec::paginate::Paging {
                provider: <crate::Inner as ::payspec::Provider>::NAME,
                operation: "payment_probation_get",
                first: 1i64,
                offset: false,
                page_size,
            };
            ::payspec::paginate::Pages::new(
                paging,
                move |page| {
                    let call = self.clone().part(page);
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
    "budget_balance_get",
    "payment_add",
    "payment_balance_get",
    "payment_delete",
    "payment_get",
    "payment_probation_add",
    "payment_probation_delete",
    "payment_probation_get",
    "payment_update",
];
/// Decodes `body` as the success answer of `operation` the way the client does; `None`
/// for an unknown operation or one whose answer is not JSON. For fuzzing and tests.
#[doc(hidden)]
pub fn decode_response(
    operation: &str,
    body: &[u8],
) -> Option<::std::result::Result<(), ::serde_json::Error>> {
    match operation {
        "budget_balance_get" => {
            Some(
                ::serde_json::from_slice::<
                    ::payspec::LenientList<crate::generated::types::BudgetBalance>,
                >(body)
                    .map(drop),
            )
        }
        "payment_add" => {
            Some(::serde_json::from_slice::<types::OperationResult>(body).map(drop))
        }
        "payment_balance_get" => {
            Some(
                ::serde_json::from_slice::<
                    ::payspec::LenientList<crate::generated::types::AccountBalance>,
                >(body)
                    .map(drop),
            )
        }
        "payment_delete" => {
            Some(::serde_json::from_slice::<types::OperationResult>(body).map(drop))
        }
        "payment_get" => {
            Some(
                ::serde_json::from_slice::<
                    ::payspec::LenientList<crate::generated::types::Payment>,
                >(body)
                    .map(drop),
            )
        }
        "payment_probation_add" => {
            Some(::serde_json::from_slice::<types::OperationResult>(body).map(drop))
        }
        "payment_probation_delete" => {
            Some(::serde_json::from_slice::<types::OperationResult>(body).map(drop))
        }
        "payment_probation_get" => {
            Some(
                ::serde_json::from_slice::<
                    ::payspec::LenientList<crate::generated::types::PendingPayment>,
                >(body)
                    .map(drop),
            )
        }
        "payment_update" => {
            Some(::serde_json::from_slice::<types::OperationResult>(body).map(drop))
        }
        _ => None,
    }
}
/// How decoding each type of `mod types` allocates (see `DECODE_COSTS`).
#[allow(non_upper_case_globals)]
pub mod decode_costs {
    use super::types;
    pub static AccountBalance: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("active", &::payspec::envelope::Cost::Scalar),
                ("balance", &::payspec::envelope::Cost::Scalar),
                ("balanceIn", &::payspec::envelope::Cost::Scalar),
                ("balanceOut", &::payspec::envelope::Cost::Scalar),
                ("balancedate", &::payspec::envelope::Cost::Scalar),
                ("balancestart", &::payspec::envelope::Cost::Scalar),
                ("contractorid", &::payspec::envelope::Cost::Scalar),
                ("currencyid", &::payspec::envelope::Cost::Scalar),
                ("currencyname", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("managerid", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("overdraft", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static BudgetBalance: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("active", &::payspec::envelope::Cost::Scalar),
                ("balance", &::payspec::envelope::Cost::Scalar),
                ("balancebase", &::payspec::envelope::Cost::Scalar),
                ("balancedate", &::payspec::envelope::Cost::Scalar),
                ("currencyid", &::payspec::envelope::Cost::Scalar),
                ("currencyname", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("stabilizationfund", &::payspec::envelope::Cost::Scalar),
                ("sumamount", &::payspec::envelope::Cost::Scalar),
                ("sumamountbase", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static ContractorType: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static CustomField: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("key", &::payspec::envelope::Cost::Scalar),
                ("name", &::payspec::envelope::Cost::Scalar),
                ("value", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static FailEnvelope: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("message", &::payspec::envelope::Cost::Scalar),
                ("status", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static OperationResult: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("message", &::payspec::envelope::Cost::Scalar),
                ("paymentid", &::payspec::envelope::Cost::Scalar),
                ("status", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static Payment: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("accountid", &::payspec::envelope::Cost::Scalar),
                ("accountname", &::payspec::envelope::Cost::Scalar),
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("amountbase", &::payspec::envelope::Cost::Scalar),
                ("bankdetail", &::payspec::envelope::Cost::Scalar),
                ("categoryid", &::payspec::envelope::Cost::Scalar),
                ("categoryname", &::payspec::envelope::Cost::Scalar),
                ("cdate", &::payspec::envelope::Cost::Scalar),
                ("clientCode1c", &::payspec::envelope::Cost::Scalar),
                ("clientName", &::payspec::envelope::Cost::Scalar),
                ("clientid", &::payspec::envelope::Cost::Scalar),
                ("code1c", &::payspec::envelope::Cost::Scalar),
                ("comment", &::payspec::envelope::Cost::Scalar),
                ("currencyid", &::payspec::envelope::Cost::Scalar),
                ("currencyname", &::payspec::envelope::Cost::Scalar),
                ("currencyrate", &::payspec::envelope::Cost::Scalar),
                (
                    "customfields",
                    &::payspec::envelope::Cost::List {
                        item: &CustomField,
                        size: ::core::mem::size_of::<
                            crate::generated::types::CustomField,
                        >(),
                        lenient: true,
                    },
                ),
                ("direction", &::payspec::envelope::Cost::Scalar),
                ("documentid", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("referenscode", &::payspec::envelope::Cost::Scalar),
                ("userCode1c", &::payspec::envelope::Cost::Scalar),
                ("userName", &::payspec::envelope::Cost::Scalar),
                ("userid", &::payspec::envelope::Cost::Scalar),
                ("virtual", &::payspec::envelope::Cost::Scalar),
            ],
            extra: true,
            buffered: true,
        },
    );
    pub static PaymentDirection: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Scalar;
    pub static PendingPayment: ::payspec::envelope::Cost = ::payspec::envelope::Cost::Object(
        &::payspec::envelope::CostObject {
            members: &[
                ("accountid", &::payspec::envelope::Cost::Scalar),
                ("accountname", &::payspec::envelope::Cost::Scalar),
                ("amount", &::payspec::envelope::Cost::Scalar),
                ("amountbase", &::payspec::envelope::Cost::Scalar),
                ("categoryid", &::payspec::envelope::Cost::Scalar),
                ("categoryname", &::payspec::envelope::Cost::Scalar),
                ("cdate", &::payspec::envelope::Cost::Scalar),
                ("currencyid", &::payspec::envelope::Cost::Scalar),
                ("currencyname", &::payspec::envelope::Cost::Scalar),
                ("direction", &::payspec::envelope::Cost::Scalar),
                ("id", &::payspec::envelope::Cost::Scalar),
                ("managerName", &::payspec::envelope::Cost::Scalar),
                ("managerid", &::payspec::envelope::Cost::Scalar),
                ("ordercode1c", &::payspec::envelope::Cost::Scalar),
                ("orderid", &::payspec::envelope::Cost::Scalar),
                ("ordername", &::payspec::envelope::Cost::Scalar),
                ("received", &::payspec::envelope::Cost::Scalar),
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
    (
        "budget_balance_get",
        &::payspec::envelope::Cost::List {
            item: &decode_costs::BudgetBalance,
            size: ::core::mem::size_of::<crate::generated::types::BudgetBalance>(),
            lenient: true,
        },
    ),
    ("payment_add", &decode_costs::OperationResult),
    (
        "payment_balance_get",
        &::payspec::envelope::Cost::List {
            item: &decode_costs::AccountBalance,
            size: ::core::mem::size_of::<crate::generated::types::AccountBalance>(),
            lenient: true,
        },
    ),
    ("payment_delete", &decode_costs::OperationResult),
    (
        "payment_get",
        &::payspec::envelope::Cost::List {
            item: &decode_costs::Payment,
            size: ::core::mem::size_of::<crate::generated::types::Payment>(),
            lenient: true,
        },
    ),
    ("payment_probation_add", &decode_costs::OperationResult),
    ("payment_probation_delete", &decode_costs::OperationResult),
    (
        "payment_probation_get",
        &::payspec::envelope::Cost::List {
            item: &decode_costs::PendingPayment,
            size: ::core::mem::size_of::<crate::generated::types::PendingPayment>(),
            lenient: true,
        },
    ),
    ("payment_update", &decode_costs::OperationResult),
];
/// The signatures the client computes, from each operation's `x-signature` in the spec.
pub const SIGNATURES: &[::payspec::auth::SignatureRecipe] = &[];
/// The body fields the client fills from its configuration when the caller leaves them
/// out, from each operation's `x-client-fills` in the spec.
pub const CLIENT_FILLS: &[(&str, &[&str])] = &[];
/// The operations that need at least one parameter of each group set
/// (`x-require-one-of` in the spec); the client refuses the call before sending it
/// otherwise.
pub const REQUIRE_ONE_OF: &[(&str, &[&[&str]])] = &[
    ("payment_delete", &[&["paymentid", "paymentcode1c"]]),
    ("payment_get", &[&["paymentid", "part"]]),
    ("payment_probation_add", &[&["orderid", "ordercode1c"]]),
    ("payment_probation_get", &[&["paymentid", "part"]]),
    ("payment_update", &[&["paymentid", "paymentcode1c"]]),
];
/// The operations that are safe to repeat (`x-idempotent: true` in the spec): the only
/// ones a retry policy repeats.
///
/// Every operation, whether a [`RetryPolicy`](payspec::RetryPolicy) may repeat it, and
/// what the spec says about repeating it (`x-idempotent-note`): what makes a repeat safe,
/// or how to find out whether a call that failed uncertainly went through.
///
/// | operation | repeated | note |
/// |---|---|---|
/// | `budget_balance_get` | yes |  |
/// | `payment_add` | never | Not retried automatically because `code1c` is optional; when it is sent, a repeat is refused with `PaymentCode1c exists` (https://1b.app/en/api/payment, seed 001, 'Possible responses to the request' row 6), so after an uncertain failure resend with the same `code1c` and read that refusal as proof that the first attempt created the payment (without `code1c`, search `payment_get` by order and creation date first). |
/// | `payment_balance_get` | yes |  |
/// | `payment_delete` | never | Not retried automatically: after an uncertain failure check with `payment_get` (`paymentid`) whether the payment still exists (https://1b.app/en/api/payment, seed 001, 'Parameters for receiving one payment'). |
/// | `payment_get` | yes |  |
/// | `payment_probation_add` | never | Not retried automatically and there is no unique key: after an uncertain failure list the order's pending payments with `payment_probation_get` (`orderid` or `ordercode1c`, `cdatefrom`) before adding it again (https://1b.app/en/api/payment, seed 001, 'Parameters for receiving all expected payments'). |
/// | `payment_probation_delete` | never | Not retried automatically: after an uncertain failure check with `payment_probation_get` (`paymentid`) whether the pending payment still exists (https://1b.app/en/api/payment, seed 001, 'Parameters for receiving one pending payment'). |
/// | `payment_probation_get` | yes |  |
/// | `payment_update` | never | Not retried automatically: after an uncertain failure read the payment with `payment_get` (`paymentid`) and compare it with the intended values before editing it again. |
pub const IDEMPOTENT: &[&str] = &[
    "budget_balance_get",
    "payment_balance_get",
    "payment_get",
    "payment_probation_get",
];
/// What each operation's `send()` does with an answer, sorted by operation: the
/// statuses it declares and how it decodes the success (see `payspec::hooks::Answers`).
pub const ANSWERS: &[::payspec::hooks::Answers] = &[
    ::payspec::hooks::Answers {
        operation: "budget_balance_get",
        statuses: &[(200u16, 200u16)],
        json: Some(
            ::payspec::hooks::Decoder::of::<
                ::payspec::LenientList<crate::generated::types::BudgetBalance>,
            >(),
        ),
    },
    ::payspec::hooks::Answers {
        operation: "payment_add",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OperationResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "payment_balance_get",
        statuses: &[(200u16, 200u16)],
        json: Some(
            ::payspec::hooks::Decoder::of::<
                ::payspec::LenientList<crate::generated::types::AccountBalance>,
            >(),
        ),
    },
    ::payspec::hooks::Answers {
        operation: "payment_delete",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OperationResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "payment_get",
        statuses: &[(200u16, 200u16)],
        json: Some(
            ::payspec::hooks::Decoder::of::<
                ::payspec::LenientList<crate::generated::types::Payment>,
            >(),
        ),
    },
    ::payspec::hooks::Answers {
        operation: "payment_probation_add",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OperationResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "payment_probation_delete",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OperationResult>()),
    },
    ::payspec::hooks::Answers {
        operation: "payment_probation_get",
        statuses: &[(200u16, 200u16)],
        json: Some(
            ::payspec::hooks::Decoder::of::<
                ::payspec::LenientList<crate::generated::types::PendingPayment>,
            >(),
        ),
    },
    ::payspec::hooks::Answers {
        operation: "payment_update",
        statuses: &[(200u16, 200u16)],
        json: Some(::payspec::hooks::Decoder::of::<types::OperationResult>()),
    },
];
/// The members each operation's success answer may carry (its `200` JSON schema):
/// an object answer with members, none of them among these, is in no documented shape
/// and becomes a decode error, as does a list none of whose items is.
pub const SUCCESS_MEMBERS: &[::payspec::envelope::SuccessMembers] = &[
    ::payspec::envelope::SuccessMembers {
        operation: "budget_balance_get",
        members: &[
            "active",
            "balance",
            "balancebase",
            "balancedate",
            "currencyid",
            "currencyname",
            "id",
            "message",
            "name",
            "stabilizationfund",
            "status",
            "sumamount",
            "sumamountbase",
        ],
        items: &[
            "active",
            "balance",
            "balancebase",
            "balancedate",
            "currencyid",
            "currencyname",
            "id",
            "name",
            "stabilizationfund",
            "sumamount",
            "sumamountbase",
        ],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_add",
        members: &["message", "paymentid", "status"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_balance_get",
        members: &[
            "active",
            "balance",
            "balanceIn",
            "balanceOut",
            "balancedate",
            "balancestart",
            "contractorid",
            "currencyid",
            "currencyname",
            "id",
            "managerid",
            "message",
            "name",
            "overdraft",
            "status",
        ],
        items: &[
            "active",
            "balance",
            "balanceIn",
            "balanceOut",
            "balancedate",
            "balancestart",
            "contractorid",
            "currencyid",
            "currencyname",
            "id",
            "managerid",
            "name",
            "overdraft",
        ],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_delete",
        members: &["message", "paymentid", "status"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_get",
        members: &[
            "accountid",
            "accountname",
            "amount",
            "amountbase",
            "bankdetail",
            "categoryid",
            "categoryname",
            "cdate",
            "clientCode1c",
            "clientName",
            "clientid",
            "code1c",
            "comment",
            "currencyid",
            "currencyname",
            "currencyrate",
            "customfields",
            "direction",
            "documentid",
            "id",
            "message",
            "referenscode",
            "status",
            "userCode1c",
            "userName",
            "userid",
            "virtual",
        ],
        items: &[
            "accountid",
            "accountname",
            "amount",
            "amountbase",
            "bankdetail",
            "categoryid",
            "categoryname",
            "cdate",
            "clientCode1c",
            "clientName",
            "clientid",
            "code1c",
            "comment",
            "currencyid",
            "currencyname",
            "currencyrate",
            "customfields",
            "direction",
            "documentid",
            "id",
            "referenscode",
            "userCode1c",
            "userName",
            "userid",
            "virtual",
        ],
        lists: &[("customfields", &["key", "name", "value"])],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_probation_add",
        members: &["message", "paymentid", "status"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_probation_delete",
        members: &["message", "paymentid", "status"],
        items: &[],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_probation_get",
        members: &[
            "accountid",
            "accountname",
            "amount",
            "amountbase",
            "categoryid",
            "categoryname",
            "cdate",
            "currencyid",
            "currencyname",
            "direction",
            "id",
            "managerName",
            "managerid",
            "message",
            "ordercode1c",
            "orderid",
            "ordername",
            "received",
            "status",
        ],
        items: &[
            "accountid",
            "accountname",
            "amount",
            "amountbase",
            "categoryid",
            "categoryname",
            "cdate",
            "currencyid",
            "currencyname",
            "direction",
            "id",
            "managerName",
            "managerid",
            "ordercode1c",
            "orderid",
            "ordername",
            "received",
        ],
        lists: &[],
    },
    ::payspec::envelope::SuccessMembers {
        operation: "payment_update",
        members: &["message", "paymentid", "status"],
        items: &[],
        lists: &[],
    },
];
/// How the error envelope `FailEnvelope` is recognised, with its documented messages and codes (`x-envelope`, `x-known-messages`, `x-known-codes`, `x-success-codes` in the spec).
pub const ENVELOPE: ::payspec::envelope::Envelope = ::payspec::envelope::Envelope {
    schema: "FailEnvelope",
    member: ::std::option::Option::None,
    marker: &["status"],
    test: ::payspec::envelope::Test::Success(&["ok"]),
    absent: ::payspec::envelope::Absent::Success,
    http_errors: false,
    unless: &[],
    code: &[],
    messages: &[&["message"]],
    auth_status: &[401u16, 403u16],
    known_messages: &[
        ::payspec::envelope::KnownMessage {
            message: "login_empty",
            kind: ::payspec::RejectionKind::Authentication,
            matching: ::payspec::envelope::Match::Exact,
            stale_token: false,
        },
        ::payspec::envelope::KnownMessage {
            message: "password_empty",
            kind: ::payspec::RejectionKind::Authentication,
            matching: ::payspec::envelope::Match::Exact,
            stale_token: false,
        },
        ::payspec::envelope::KnownMessage {
            message: "Login or password not correct!",
            kind: ::payspec::RejectionKind::Authentication,
            matching: ::payspec::envelope::Match::Exact,
            stale_token: false,
        },
        ::payspec::envelope::KnownMessage {
            message: "Bad user level!",
            kind: ::payspec::RejectionKind::Authentication,
            matching: ::payspec::envelope::Match::Exact,
            stale_token: false,
        },
        ::payspec::envelope::KnownMessage {
            message: "PaymentCode1c exists",
            kind: ::payspec::RejectionKind::Provider,
            matching: ::payspec::envelope::Match::Exact,
            stale_token: false,
        },
        ::payspec::envelope::KnownMessage {
            message: "FinanceAccount not found",
            kind: ::payspec::RejectionKind::Provider,
            matching: ::payspec::envelope::Match::Exact,
            stale_token: false,
        },
        ::payspec::envelope::KnownMessage {
            message: "Payment by id or code1c not found",
            kind: ::payspec::RejectionKind::Provider,
            matching: ::payspec::envelope::Match::Exact,
            stale_token: false,
        },
        ::payspec::envelope::KnownMessage {
            message: "Payment accounts not found",
            kind: ::payspec::RejectionKind::Provider,
            matching: ::payspec::envelope::Match::Exact,
            stale_token: false,
        },
        ::payspec::envelope::KnownMessage {
            message: "Login is empty!",
            kind: ::payspec::RejectionKind::Authentication,
            matching: ::payspec::envelope::Match::Exact,
            stale_token: false,
        },
        ::payspec::envelope::KnownMessage {
            message: "Password is empty!",
            kind: ::payspec::RejectionKind::Authentication,
            matching: ::payspec::envelope::Match::Exact,
            stale_token: false,
        },
    ],
    known_codes: &[],
};
/// The credential `login` (`securitySchemes` or `x-auth` in the spec).
pub const CREDENTIAL_LOGIN: ::payspec::envelope::Credential = ::payspec::envelope::Credential {
    name: "login",
    placement: ::payspec::envelope::Placement::Query,
    scheme: ::std::option::Option::None,
};
/// The credential `password` (`securitySchemes` or `x-auth` in the spec).
pub const CREDENTIAL_PASSWORD: ::payspec::envelope::Credential = ::payspec::envelope::Credential {
    name: "password",
    placement: ::payspec::envelope::Placement::Query,
    scheme: ::std::option::Option::None,
};
/// Every credential, from `securitySchemes` and `x-auth` in the spec.
pub const CREDENTIALS: &[::payspec::envelope::Credential] = &[
    CREDENTIAL_LOGIN,
    CREDENTIAL_PASSWORD,
];
/// The path of the operation that fetches the session token (the `x-auth` item with
/// `operation` in the spec), if the provider has one.
pub const TOKEN_ENDPOINT: ::std::option::Option<&str> = ::std::option::Option::None;
/// The checks made before sending (`x-pre-send-check`, `x-non-empty-path-parameters`).
pub const PRE_SEND_CHECKS: &[::payspec::envelope::PreSendCheck] = &[];
/// The base URLs of the spec's `servers`, in its order (a `{variable}` stays as written).
pub const SERVERS: &[&str] = &["https://{host}"];
/// Every code the spec documents (`x-known-codes`), by name.
pub mod known_codes {}
