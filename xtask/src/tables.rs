//! The provider tables generated from spec extensions (see `specs/CONVENTIONS.md`,
//! "Extensions"): how the error envelope is recognised (`x-envelope` with `x-known-messages`,
//! `x-known-codes` and `x-success-codes`), the credentials (`securitySchemes`, root `x-auth`),
//! the token endpoint (the `x-auth` item with an `operation`), the checks made before sending
//! (`x-pre-send-check` on operations, root `x-non-empty-path-parameters`), and a constant per
//! documented code.
//!
//! [`tables`] reads and validates them in one place (an error names the schema or operation
//! at fault, and `cargo xtask generate` fails on it); [`items`] turns them into top-level items
//! appended to `generated.rs`: `ENVELOPE`, `CREDENTIALS` and one `CREDENTIAL_<NAME>` per
//! credential, `TOKEN_ENDPOINT`, `PRE_SEND_CHECKS`, `SUCCESS_MEMBERS`, and the module `known_codes` (one constant per code). The types are in
//! `payspec::envelope`.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{Map, Value};

use crate::model;

/// Everything the tables hold, read from one spec.
#[derive(Debug, PartialEq)]
pub struct Tables {
    /// The error envelope; `None` when the spec names none (root `x-error-envelope`): the
    /// generated `ENVELOPE` then recognises nothing.
    pub envelope: Option<Envelope>,
    /// Credentials in spec order: `securitySchemes` by name, then `x-auth`.
    pub credentials: Vec<Credential>,
    /// The path of the operation the `x-auth` item with `operation` names.
    pub token_endpoint: Option<String>,
    /// `(operation, check)` in operation order.
    pub checks: Vec<(String, Check)>,
    /// Every code of every `x-known-codes` in the spec.
    pub codes: BTreeSet<String>,
    /// The `servers` URLs, in spec order (templates keep their `{variables}`).
    pub servers: Vec<String>,
    /// `(operation, shape)` of every operation whose `200` JSON answer is an object or a list
    /// of objects, in path order.
    pub success: Vec<(String, SuccessShape)>,
}

/// The members an operation's success answer may carry (`SUCCESS_MEMBERS`).
#[derive(Debug, Default, PartialEq)]
pub struct SuccessShape {
    /// The top-level members of the answer as an object (for `anyOf` / `oneOf` the union, the
    /// envelope's members among them).
    pub members: BTreeSet<String>,
    /// For a list answer (an array, or an object keyed by position or id): its items' members.
    pub items: BTreeSet<String>,
    /// The top-level members that hold lists of objects, with their items' members.
    pub lists: std::collections::BTreeMap<String, BTreeSet<String>>,
    /// Whether an object answer may have any keys with values that are not objects (a map of
    /// scalars): its keys say nothing.
    pub open: bool,
}

/// `x-envelope` and what goes with it.
#[derive(Debug, Default, PartialEq)]
pub struct Envelope {
    pub schema: String,
    pub member: Option<String>,
    pub marker: Vec<String>,
    /// `None`: presence means failure; `Some((true, values))`: success values;
    /// `Some((false, values))`: failure values.
    pub values: Option<(bool, Vec<String>)>,
    pub absent: String,
    pub http_errors: bool,
    pub unless: Vec<String>,
    pub code: Vec<Vec<String>>,
    pub messages: Vec<Vec<String>>,
    pub auth_status: Vec<u16>,
    pub known_messages: Vec<KnownMessage>,
    pub known_codes: Vec<KnownCode>,
}

#[derive(Debug, PartialEq)]
pub struct KnownMessage {
    pub message: String,
    pub authentication: bool,
    pub matching: String,
    pub stale_token: bool,
}

#[derive(Debug, PartialEq)]
pub struct KnownCode {
    pub code: String,
    pub status: Option<u16>,
    pub authentication: bool,
}

#[derive(Debug, PartialEq)]
pub struct Credential {
    pub name: String,
    pub placement: String,
    pub scheme: Option<String>,
}

#[derive(Debug, PartialEq)]
pub enum Check {
    BasketTotals,
    OrderTotal,
    NonEmptyPath { parameter: String, path: String },
}

/// The pre-send checks an operation's `x-pre-send-check` may name.
pub const CHECKS: &[&str] = &["basket-totals", "order-total"];

/// The generated items of `doc`'s tables.
pub fn items(doc: &Value) -> Result<Vec<syn::Item>, String> {
    let tables = tables(doc)?;
    let file: syn::File = syn::parse2(emit(&tables)).map_err(|e| e.to_string())?;
    Ok(file.items)
}

/// Reads and checks the tables' extensions of `doc`.
pub fn tables(doc: &Value) -> Result<Tables, String> {
    let envelope = envelope(doc)?;
    let (credentials, token_endpoint) = credentials(doc)?;
    let checks = checks(doc)?;
    let mut codes = BTreeSet::new();
    all_known_codes(doc, &mut codes)?;
    let mut servers = Vec::new();
    for (i, server) in doc
        .get("servers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let url = server
            .get("url")
            .and_then(Value::as_str)
            .filter(|u| !u.is_empty())
            .ok_or_else(|| format!("servers[{i}]: `url` is missing"))?;
        servers.push(url.trim_end_matches('/').to_owned());
    }
    Ok(Tables {
        envelope,
        credentials,
        token_endpoint,
        checks,
        codes,
        servers,
        success: success_shapes(doc),
    })
}

fn component<'a, 'r>(doc: &'a Value, reference: &'r str) -> Option<(&'r str, &'a Value)> {
    reference.strip_prefix("#/components/schemas/")?;
    Some((model::ref_name(reference), model::pointer(doc, reference)?))
}

/// The schema itself, or the component it refers to (directly, or as the one `allOf` item).
fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    let mut schema = schema;
    for _ in 0..16 {
        if schema.get("$ref").is_some()
            && let Ok(target) = model::resolve(doc, schema)
        {
            schema = target.value;
        } else if let Some([only]) = schema.get("allOf").and_then(Value::as_array).map(Vec::as_slice) {
            schema = only;
        } else {
            break;
        }
    }
    schema
}

/// The schemas along `path` of properties from `schema` (each as declared, before resolving).
fn along<'a>(doc: &'a Value, schema: &'a Value, path: &[String]) -> Option<Vec<&'a Value>> {
    let mut out = Vec::new();
    let mut at = schema;
    for step in path {
        at = resolve(doc, at).get("properties")?.get(step)?;
        out.push(at);
    }
    Some(out)
}

fn strings(value: &Value, what: &str) -> Result<Vec<String>, String> {
    let list = value.as_array().ok_or_else(|| format!("{what} must be a list"))?;
    list.iter()
        .map(|v| {
            v.as_str()
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .ok_or_else(|| format!("{what} must hold non-empty strings, not {v}"))
        })
        .collect()
}

/// A scalar's text as the recogniser compares it.
fn scalar_text(value: &Value, what: &str) -> Result<String, String> {
    match value {
        Value::String(s) => Ok(s.trim().to_owned()),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        other => Err(format!(
            "{what} must hold strings, numbers or booleans, not {other}"
        )),
    }
}

fn kind(value: Option<&Value>, what: &str, default: Option<&str>) -> Result<bool, String> {
    match value.and_then(Value::as_str).or(default) {
        Some("authentication") => Ok(true),
        Some("provider") => Ok(false),
        _ => Err(format!(
            "{what}: `kind` must be `authentication` or `provider`, not {}",
            value.map_or("nothing".to_owned(), Value::to_string)
        )),
    }
}

fn no_unknown_keys(map: &Map<String, Value>, known: &[&str], what: &str) -> Result<(), String> {
    match map.keys().find(|k| !known.contains(&k.as_str())) {
        Some(k) => Err(format!("{what} has an unknown key `{k}`")),
        None => Ok(()),
    }
}

fn envelope(doc: &Value) -> Result<Option<Envelope>, String> {
    let Some(reference) = doc.get("x-error-envelope") else {
        return Ok(None);
    };
    let reference = reference
        .as_str()
        .ok_or("the root `x-error-envelope` must be a '#/components/schemas/<Name>' reference")?;
    let (name, schema) = component(doc, reference)
        .ok_or_else(|| format!("x-error-envelope names {reference}, which is not a component schema"))?;
    let at = format!("components.schemas.{name}");
    let ext = schema
        .get("x-envelope")
        .ok_or_else(|| format!("{at}: x-envelope is missing (the schema x-error-envelope names needs one)"))?
        .as_object()
        .ok_or_else(|| format!("{at}: x-envelope must be a mapping"))?;
    let what = format!("{at}: x-envelope");
    no_unknown_keys(
        ext,
        &[
            "member",
            "marker",
            "success",
            "failure",
            "absent",
            "http-errors",
            "unless",
            "code",
            "messages",
            "auth-status",
        ],
        &what,
    )?;
    let path = |value: &Value, key: &str| -> Result<Vec<String>, String> {
        let p = strings(value, &format!("{what}: `{key}`"))?;
        if p.is_empty() {
            return Err(format!("{what}: `{key}` must not be empty"));
        }
        if along(doc, schema, &p).is_none() {
            return Err(format!(
                "{what}: `{key}` names the path {}, which {name} does not declare",
                p.join(".")
            ));
        }
        Ok(p)
    };
    let paths = |key: &str| -> Result<Vec<Vec<String>>, String> {
        match ext.get(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(list)) => list.iter().map(|p| path(p, key)).collect(),
            Some(_) => Err(format!(
                "{what}: `{key}` must be a list of paths (lists of member names)"
            )),
        }
    };
    let flag = |key: &str| -> Result<bool, String> {
        match ext.get(key) {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(other) => Err(format!("{what}: `{key}` must be true or false, not {other}")),
        }
    };
    let marker = path(
        ext.get("marker")
            .ok_or_else(|| format!("{what}: `marker` is missing"))?,
        "marker",
    )?;
    let member = match ext.get("member") {
        None => None,
        Some(Value::String(m)) if schema.pointer(&format!("/properties/{m}")).is_some() => Some(m.clone()),
        Some(other) => {
            return Err(format!(
                "{what}: `member` must be a property of {name}, not {other}"
            ));
        }
    };
    let values = match (ext.get("success"), ext.get("failure")) {
        (Some(_), Some(_)) => return Err(format!("{what}: give `success` or `failure`, not both")),
        (Some(v), None) | (None, Some(v)) => {
            let success = ext.contains_key("success");
            let key = if success { "success" } else { "failure" };
            let list = v
                .as_array()
                .ok_or_else(|| format!("{what}: `{key}` must be a list"))?;
            if list.is_empty() {
                return Err(format!("{what}: `{key}` must not be empty"));
            }
            let texts = list
                .iter()
                .map(|v| scalar_text(v, &format!("{what}: `{key}`")))
                .collect::<Result<Vec<_>, _>>()?;
            Some((success, texts))
        }
        (None, None) => None,
    };
    let absent = match ext.get("absent") {
        None => "success".to_owned(),
        Some(Value::String(a)) if ["success", "failure", "http-status"].contains(&a.as_str()) => a.clone(),
        Some(other) => {
            return Err(format!(
                "{what}: `absent` must be `success`, `failure` or `http-status`, not {other}"
            ));
        }
    };
    let unless = match ext.get("unless") {
        None => Vec::new(),
        Some(v) => strings(v, &format!("{what}: `unless`"))?,
    };
    let auth_status = match ext.get("auth-status") {
        None => Vec::new(),
        Some(Value::Array(list)) => list
            .iter()
            .map(|v| {
                v.as_u64()
                    .filter(|s| (100..600).contains(s))
                    .and_then(|s| u16::try_from(s).ok())
                    .ok_or_else(|| format!("{what}: `auth-status` must hold HTTP statuses, not {v}"))
            })
            .collect::<Result<_, _>>()?,
        Some(other) => return Err(format!("{what}: `auth-status` must be a list, not {other}")),
    };
    let code = paths("code")?;
    let messages = paths("messages")?;

    // x-success-codes: every one of them must be a success value of the marker.
    if let Some(codes) = schema.get("x-success-codes") {
        let list = codes
            .as_array()
            .ok_or_else(|| format!("{at}: x-success-codes must be a list"))?;
        let Some((true, success)) = &values else {
            return Err(format!(
                "{at}: x-success-codes needs x-envelope `success` values that include them"
            ));
        };
        for c in list {
            let c = scalar_text(c, &format!("{at}: x-success-codes"))?;
            if !success.iter().any(|s| s.eq_ignore_ascii_case(&c)) {
                return Err(format!(
                    "{at}: x-success-codes holds {c}, which x-envelope `success` does not"
                ));
            }
        }
    }

    let mut known_messages = Vec::new();
    if let Some(list) = schema.get("x-known-messages") {
        let list = list
            .as_array()
            .ok_or_else(|| format!("{at}: x-known-messages must be a list"))?;
        for (i, item) in list.iter().enumerate() {
            let what = format!("{at}: x-known-messages[{i}]");
            let item = item
                .as_object()
                .ok_or_else(|| format!("{what} must be a mapping"))?;
            no_unknown_keys(
                item,
                &["message", "meaning", "kind", "match", "stale-token"],
                &what,
            )?;
            let message = item
                .get("message")
                .and_then(Value::as_str)
                .filter(|m| !m.trim().is_empty())
                .ok_or_else(|| format!("{what}: `message` must be non-empty text"))?;
            if item.get("meaning").and_then(Value::as_str).is_none() {
                return Err(format!("{what}: `meaning` is missing"));
            }
            let matching = match item.get("match") {
                None => "exact",
                Some(Value::String(m)) if ["exact", "prefix", "contains"].contains(&m.as_str()) => m,
                Some(other) => {
                    return Err(format!(
                        "{what}: `match` must be `exact`, `prefix` or `contains`, not {other}"
                    ));
                }
            };
            let stale_token = match item.get("stale-token") {
                None => false,
                Some(Value::Bool(b)) => *b,
                Some(other) => {
                    return Err(format!(
                        "{what}: `stale-token` must be true or false, not {other}"
                    ));
                }
            };
            let authentication = kind(item.get("kind"), &what, None)?;
            if stale_token && !authentication {
                return Err(format!(
                    "{what}: a `stale-token` message must be of kind authentication"
                ));
            }
            known_messages.push(KnownMessage {
                message: message.trim().to_owned(),
                authentication,
                matching: matching.to_owned(),
                stale_token,
            });
        }
    }
    if known_messages.iter().filter(|m| m.stale_token).count() > 1 {
        return Err(format!(
            "{at}: x-known-messages has more than one `stale-token` message"
        ));
    }

    // The codes documented where the envelope keeps its code.
    let mut known_codes = Vec::new();
    let mut holders = vec![schema];
    for p in &code {
        for s in along(doc, schema, p).unwrap_or_default() {
            holders.push(s);
            holders.push(resolve(doc, s));
        }
    }
    let mut seen = BTreeSet::new();
    for holder in holders {
        for c in known_codes_of(holder, &at)? {
            if seen.insert(c.code.clone()) {
                known_codes.push(c);
            }
        }
    }

    Ok(Some(Envelope {
        schema: name.to_owned(),
        member,
        marker,
        values,
        absent,
        http_errors: flag("http-errors")?,
        unless,
        code,
        messages,
        auth_status,
        known_messages,
        known_codes,
    }))
}

fn known_codes_of(schema: &Value, at: &str) -> Result<Vec<KnownCode>, String> {
    let Some(list) = schema.get("x-known-codes") else {
        return Ok(Vec::new());
    };
    let list = list
        .as_array()
        .ok_or_else(|| format!("{at}: x-known-codes must be a list"))?;
    let mut out = Vec::new();
    for (i, item) in list.iter().enumerate() {
        let what = format!("{at}: x-known-codes[{i}]");
        let item = item
            .as_object()
            .ok_or_else(|| format!("{what} must be a mapping"))?;
        no_unknown_keys(item, &["code", "status", "meaning", "kind"], &what)?;
        let code = scalar_text(
            item.get("code")
                .ok_or_else(|| format!("{what}: `code` is missing"))?,
            &format!("{what}: `code`"),
        )?;
        if code.is_empty() {
            return Err(format!("{what}: `code` must not be empty"));
        }
        let status = match item.get("status") {
            None => None,
            Some(v) => Some(
                v.as_u64()
                    .and_then(|s| u16::try_from(s).ok())
                    .ok_or_else(|| format!("{what}: `status` must be an HTTP status, not {v}"))?,
            ),
        };
        if item.get("meaning").and_then(Value::as_str).is_none() {
            return Err(format!("{what}: `meaning` is missing"));
        }
        out.push(KnownCode {
            code,
            status,
            authentication: kind(item.get("kind"), &what, Some("provider"))?,
        });
    }
    Ok(out)
}

/// Every `x-known-codes` anywhere in the spec (checked as the envelope's are).
fn all_known_codes(value: &Value, out: &mut BTreeSet<String>) -> Result<(), String> {
    match value {
        Value::Object(map) => {
            if map.contains_key("x-known-codes") {
                for c in known_codes_of(value, "x-known-codes")? {
                    out.insert(c.code);
                }
            }
            map.values().try_for_each(|v| all_known_codes(v, out))
        }
        Value::Array(list) => list.iter().try_for_each(|v| all_known_codes(v, out)),
        _ => Ok(()),
    }
}

/// The operations with an `operationId`: `(operationId, path, operation)`, in path order.
fn operations(doc: &Value) -> Vec<(&str, String, &Value)> {
    model::operations(doc)
        .into_iter()
        .filter_map(|o| Some((o.id?, o.path, o.op)))
        .collect()
}

/// The [`SuccessShape`] of every operation whose `200` JSON answer is an object or a list of
/// objects; an operation whose answer may be a map of scalars (`open`) is left out: its keys
/// say nothing.
fn success_shapes(doc: &Value) -> Vec<(String, SuccessShape)> {
    /// The properties of the object schemas reachable through `$ref`, `allOf`, `anyOf`, `oneOf`.
    fn members(doc: &Value, schema: &Value, out: &mut BTreeSet<String>, depth: usize) {
        if depth > 16 {
            return;
        }
        if schema.get("$ref").is_some()
            && let Ok(target) = model::resolve(doc, schema)
        {
            members(doc, target.value, out, depth + 1);
        }
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            out.extend(props.keys().cloned());
        }
        for key in ["allOf", "anyOf", "oneOf"] {
            for s in schema.get(key).and_then(Value::as_array).into_iter().flatten() {
                members(doc, s, out, depth + 1);
            }
        }
    }
    /// Whether `schema` may be a map whose values are not objects (`additionalProperties` with
    /// a schema of no properties); `{}` and `true` only keep unnamed members.
    fn is_map(value: Option<&Value>) -> bool {
        value.and_then(Value::as_object).is_some_and(|ap| !ap.is_empty())
    }
    /// The items' members of a list schema (an `array`, or an object keyed by position or id
    /// through `additionalProperties`), and whether it may be a map of scalars.
    fn items(doc: &Value, schema: &Value, out: &mut SuccessShape, top: bool, depth: usize) {
        if depth > 16 {
            return;
        }
        if schema.get("$ref").is_some()
            && let Ok(target) = model::resolve(doc, schema)
        {
            items(doc, target.value, out, top, depth + 1);
        }
        if let Some(item) = schema.get("items") {
            members(doc, item, &mut out.items, 0);
        }
        if is_map(schema.get("additionalProperties")) {
            let mut of = BTreeSet::new();
            members(doc, &schema["additionalProperties"], &mut of, 0);
            out.open |= of.is_empty();
            out.items.extend(of);
        }
        if top && let Some(props) = schema.get("properties").and_then(Value::as_object) {
            out.members.extend(props.keys().cloned());
            for (name, prop) in props {
                let mut list = SuccessShape::default();
                items(doc, prop, &mut list, false, depth + 1);
                if !list.items.is_empty() {
                    out.lists.entry(name.clone()).or_default().extend(list.items);
                }
            }
        }
        for key in ["allOf", "anyOf", "oneOf"] {
            for s in schema.get(key).and_then(Value::as_array).into_iter().flatten() {
                // An alternative that may be any object: the keys say nothing.
                out.open |= top && key != "allOf" && is_free(doc, s);
                items(doc, s, out, top, depth + 1);
            }
        }
    }
    /// Whether `schema` (through `$ref`) allows any object: no properties, items, composition,
    /// enum or map values, and no type or `object`.
    fn is_free(doc: &Value, schema: &Value) -> bool {
        let schema = resolve(doc, schema);
        let Some(map) = schema.as_object() else {
            return true;
        };
        ["properties", "items", "allOf", "anyOf", "oneOf", "enum", "$ref"]
            .iter()
            .all(|k| !map.contains_key(*k))
            && map.get("type").is_none_or(|t| t == "object")
            && map.get("additionalProperties") != Some(&Value::Bool(false))
            && !is_map(map.get("additionalProperties"))
    }
    let mut out = Vec::new();
    for (id, _, op) in operations(doc) {
        let Some(schema) = op.pointer("/responses/200/content/application~1json/schema") else {
            continue;
        };
        let mut shape = SuccessShape {
            open: is_free(doc, schema),
            ..SuccessShape::default()
        };
        items(doc, schema, &mut shape, true, 0);
        let nothing = shape.members.is_empty() && shape.items.is_empty();
        if !shape.open && !nothing {
            out.push((id.to_owned(), shape));
        }
    }
    out
}

fn credentials(doc: &Value) -> Result<(Vec<Credential>, Option<String>), String> {
    let mut out = Vec::new();
    let schemes = doc
        .pointer("/components/securitySchemes")
        .and_then(Value::as_object);
    for (key, scheme) in schemes.into_iter().flatten() {
        let at = format!("components.securitySchemes.{key}");
        let credential = match scheme.get("type").and_then(Value::as_str) {
            Some("apiKey") => {
                let name = scheme
                    .get("name")
                    .and_then(Value::as_str)
                    .ok_or_else(|| format!("{at}: an apiKey scheme needs `name`"))?;
                let placement = match scheme.get("in").and_then(Value::as_str) {
                    Some("query") => "query",
                    Some("header") => "header",
                    other => {
                        return Err(format!(
                            "{at}: `in: {other:?}` is not supported (query or header)"
                        ));
                    }
                };
                Credential {
                    name: name.to_owned(),
                    placement: placement.to_owned(),
                    scheme: None,
                }
            }
            Some("http") => {
                let s = scheme
                    .get("scheme")
                    .and_then(Value::as_str)
                    .filter(|s| ["basic", "bearer"].contains(s))
                    .ok_or_else(|| format!("{at}: an http scheme must be `basic` or `bearer`"))?;
                Credential {
                    name: key.clone(),
                    placement: "header".to_owned(),
                    scheme: Some(s.to_owned()),
                }
            }
            other => return Err(format!("{at}: type {other:?} is not supported (apiKey or http)")),
        };
        out.push(credential);
    }
    let mut token = None;
    let items = match doc.get("x-auth") {
        None => &Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => return Err("x-auth must be a list".to_owned()),
    };
    for (i, item) in items.iter().enumerate() {
        let what = format!("x-auth[{i}]");
        let map = item
            .as_object()
            .ok_or_else(|| format!("{what} must be a mapping"))?;
        no_unknown_keys(map, &["name", "in", "description", "operation"], &what)?;
        let name = map
            .get("name")
            .and_then(Value::as_str)
            .filter(|n| !n.is_empty())
            .ok_or_else(|| format!("{what}: `name` is missing"))?;
        let placement = match map.get("in").and_then(Value::as_str) {
            Some(p @ ("body" | "query" | "header" | "none")) => p,
            other => {
                return Err(format!(
                    "{what}: `in` must be body, query, header or none, not {other:?}"
                ));
            }
        };
        if let Some(op) = map.get("operation") {
            let op = op
                .as_str()
                .ok_or_else(|| format!("{what}: `operation` must be an operationId"))?;
            let path = operations(doc)
                .into_iter()
                .find(|(id, _, _)| *id == op)
                .map(|(_, path, _)| path)
                .ok_or_else(|| format!("{what}: `operation` names {op}, which the spec does not have"))?;
            if token.replace(path).is_some() {
                return Err("x-auth: more than one item names the token `operation`".to_owned());
            }
        }
        out.push(Credential {
            name: name.to_owned(),
            placement: placement.to_owned(),
            scheme: None,
        });
    }
    let mut consts = BTreeSet::new();
    for c in &out {
        if !consts.insert(const_name(&c.name)) {
            return Err(format!("two credentials are both called {}", const_name(&c.name)));
        }
    }
    Ok((out, token))
}

fn checks(doc: &Value) -> Result<Vec<(String, Check)>, String> {
    let mut out = Vec::new();
    let non_empty = match doc.get("x-non-empty-path-parameters") {
        None => Vec::new(),
        Some(v) => strings(v, "x-non-empty-path-parameters")?,
    };
    let mut used = BTreeSet::new();
    for (id, path, op) in operations(doc) {
        let names = match op.get("x-pre-send-check") {
            None => Vec::new(),
            Some(Value::String(s)) => vec![s.clone()],
            Some(v) => strings(v, &format!("operation {id}: x-pre-send-check"))?,
        };
        for name in names {
            let check = match name.as_str() {
                "basket-totals" => Check::BasketTotals,
                "order-total" => Check::OrderTotal,
                other => {
                    return Err(format!(
                        "operation {id}: x-pre-send-check `{other}` is not one of {}",
                        CHECKS.join(", ")
                    ));
                }
            };
            out.push((id.to_owned(), check));
        }
        for parameter in &non_empty {
            if path.contains(&format!("{{{parameter}}}")) {
                used.insert(parameter.clone());
                out.push((
                    id.to_owned(),
                    Check::NonEmptyPath {
                        parameter: parameter.clone(),
                        path: path.to_owned(),
                    },
                ));
            }
        }
    }
    if let Some(unused) = non_empty.iter().find(|p| !used.contains(*p)) {
        return Err(format!(
            "x-non-empty-path-parameters names `{unused}`, which no path holds"
        ));
    }
    Ok(out)
}

/// `merchantId` → `MERCHANT_ID`, `auth_login` → `AUTH_LOGIN`, `400` → `400`.
pub fn const_name(name: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && prev_lower {
                out.push('_');
            }
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            out.push(c.to_ascii_uppercase());
        } else {
            if !out.ends_with('_') && !out.is_empty() {
                out.push('_');
            }
            prev_lower = false;
        }
    }
    out.trim_end_matches('_').to_owned()
}

fn path_tokens(path: &[String]) -> TokenStream {
    quote! { &[#(#path),*] }
}

fn emit_envelope(e: &Envelope) -> TokenStream {
    let schema = &e.schema;
    let member = match &e.member {
        Some(m) => quote!(::std::option::Option::Some(#m)),
        None => quote!(::std::option::Option::None),
    };
    let marker = path_tokens(&e.marker);
    let test = match &e.values {
        None => quote!(::payspec::envelope::Test::Present),
        Some((true, v)) => quote!(::payspec::envelope::Test::Success(&[#(#v),*])),
        Some((false, v)) => quote!(::payspec::envelope::Test::Failure(&[#(#v),*])),
    };
    let absent = match e.absent.as_str() {
        "failure" => quote!(::payspec::envelope::Absent::Failure),
        "http-status" => quote!(::payspec::envelope::Absent::HttpStatus),
        _ => quote!(::payspec::envelope::Absent::Success),
    };
    let http_errors = e.http_errors;
    let unless = &e.unless;
    let code = e.code.iter().map(|p| path_tokens(p));
    let messages = e.messages.iter().map(|p| path_tokens(p));
    let auth_status = &e.auth_status;
    let kind = |auth: bool| {
        if auth {
            quote!(::payspec::RejectionKind::Authentication)
        } else {
            quote!(::payspec::RejectionKind::Provider)
        }
    };
    let known_messages = e.known_messages.iter().map(|m| {
        let message = &m.message;
        let k = kind(m.authentication);
        let matching = format_ident!(
            "{}",
            match m.matching.as_str() {
                "prefix" => "Prefix",
                "contains" => "Contains",
                _ => "Exact",
            }
        );
        let stale = m.stale_token;
        quote! { ::payspec::envelope::KnownMessage {
            message: #message, kind: #k, matching: ::payspec::envelope::Match::#matching, stale_token: #stale,
        } }
    });
    let known_codes = e.known_codes.iter().map(|c| {
        let code = &c.code;
        let status = match c.status {
            Some(s) => quote!(::std::option::Option::Some(#s)),
            None => quote!(::std::option::Option::None),
        };
        let k = kind(c.authentication);
        quote! { ::payspec::envelope::KnownCode { code: #code, status: #status, kind: #k } }
    });
    let envelope_doc = format!(
        " How the error envelope `{schema}` is recognised, with its documented messages and codes \
         (`x-envelope`, `x-known-messages`, `x-known-codes`, `x-success-codes` in the spec)."
    );

    quote! {
        #[doc = #envelope_doc]
        pub const ENVELOPE: ::payspec::envelope::Envelope = ::payspec::envelope::Envelope {
            schema: #schema,
            member: #member,
            marker: #marker,
            test: #test,
            absent: #absent,
            http_errors: #http_errors,
            unless: &[#(#unless),*],
            code: &[#(#code),*],
            messages: &[#(#messages),*],
            auth_status: &[#(#auth_status),*],
            known_messages: &[#(#known_messages),*],
            known_codes: &[#(#known_codes),*],
        };
    }
}

fn emit(t: &Tables) -> TokenStream {
    let envelope = match &t.envelope {
        Some(e) => emit_envelope(e),
        None => quote! {
            /// The spec names no error envelope (`x-error-envelope`): nothing is recognised.
            pub const ENVELOPE: ::payspec::envelope::Envelope = ::payspec::envelope::Envelope::EMPTY;
        },
    };
    let credential_consts = t.credentials.iter().map(|c| {
        let ident = format_ident!("CREDENTIAL_{}", const_name(&c.name));
        let name = &c.name;
        let placement = format_ident!(
            "{}",
            match c.placement.as_str() {
                "query" => "Query",
                "header" => "Header",
                "body" => "Body",
                _ => "None",
            }
        );
        let scheme = match &c.scheme {
            Some(s) => quote!(::std::option::Option::Some(#s)),
            None => quote!(::std::option::Option::None),
        };
        let doc = format!(" The credential `{name}` (`securitySchemes` or `x-auth` in the spec).");
        quote! {
            #[doc = #doc]
            pub const #ident: ::payspec::envelope::Credential = ::payspec::envelope::Credential {
                name: #name, placement: ::payspec::envelope::Placement::#placement, scheme: #scheme,
            };
        }
    });
    let credential_idents = t
        .credentials
        .iter()
        .map(|c| format_ident!("CREDENTIAL_{}", const_name(&c.name)));
    let token = match &t.token_endpoint {
        Some(p) => quote!(::std::option::Option::Some(#p)),
        None => quote!(::std::option::Option::None),
    };
    let checks = t.checks.iter().map(|(op, check)| {
        let check = match check {
            Check::BasketTotals => quote!(::payspec::envelope::Check::BasketTotals),
            Check::OrderTotal => quote!(::payspec::envelope::Check::OrderTotal),
            Check::NonEmptyPath { parameter, path } => {
                quote!(::payspec::envelope::Check::NonEmptyPath { parameter: #parameter, path: #path })
            }
        };
        quote! { ::payspec::envelope::PreSendCheck { operation: #op, check: #check } }
    });
    let codes = t.codes.iter().map(|c| {
        let name = const_name(c);
        let ident = if name.starts_with(|c: char| c.is_ascii_digit()) {
            format_ident!("CODE_{}", name)
        } else {
            format_ident!("{}", name)
        };
        let doc = format!(" The documented code `{c}` (`x-known-codes` in the spec).");
        quote! { #[doc = #doc] pub const #ident: &str = #c; }
    });
    let servers = &t.servers;
    let success = t.success.iter().map(|(op, shape)| {
        let members = &shape.members;
        let items = &shape.items;
        let lists = shape
            .lists
            .iter()
            .map(|(name, of)| quote! { (#name, &[#(#of),*]) });
        quote! {
            ::payspec::envelope::SuccessMembers {
                operation: #op, members: &[#(#members),*], items: &[#(#items),*], lists: &[#(#lists),*],
            }
        }
    });
    quote! {
        /// The members each operation's success answer may carry (its `200` JSON schema):
        /// an object answer with members, none of them among these, is in no documented shape
        /// and becomes a decode error, as does a list none of whose items is.
        pub const SUCCESS_MEMBERS: &[::payspec::envelope::SuccessMembers] = &[#(#success),*];
        #envelope
        #(#credential_consts)*
        /// Every credential, from `securitySchemes` and `x-auth` in the spec.
        pub const CREDENTIALS: &[::payspec::envelope::Credential] = &[#(#credential_idents),*];
        /// The path of the operation that fetches the session token (the `x-auth` item with
        /// `operation` in the spec), if the provider has one.
        pub const TOKEN_ENDPOINT: ::std::option::Option<&str> = #token;
        /// The checks made before sending (`x-pre-send-check`, `x-non-empty-path-parameters`).
        pub const PRE_SEND_CHECKS: &[::payspec::envelope::PreSendCheck] = &[#(#checks),*];
        /// The base URLs of the spec's `servers`, in its order (a `{variable}` stays as written).
        pub const SERVERS: &[&str] = &[#(#servers),*];
        /// Every code the spec documents (`x-known-codes`), by name.
        pub mod known_codes {
            #(#codes)*
        }
    }
}

/// What a string of [`spec_literals`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Literal {
    /// A known message (`x-known-messages`).
    Message,
    /// A known code (`x-known-codes`).
    Code,
    /// A success or failure value of the envelope's marker (`x-envelope`, `x-success-codes`).
    Marker,
    /// A credential's name.
    Credential,
    /// An operation's path, the token endpoint's among them.
    Path,
    /// A `servers` URL without `{variables}`.
    Server,
}

/// Every string the tables hold that hand-written code must not restate: known messages and
/// codes, the marker's success or failure values, credential names, operation paths (the
/// token endpoint is one), server URLs. Blank strings are left out: they name nothing.
pub fn spec_literals(doc: &Value) -> Result<BTreeSet<(String, Literal)>, String> {
    let t = tables(doc)?;
    let mut out = BTreeSet::new();
    if let Some(e) = &t.envelope {
        out.extend(
            e.known_messages
                .iter()
                .map(|m| (m.message.clone(), Literal::Message)),
        );
        out.extend(e.known_codes.iter().map(|c| (c.code.clone(), Literal::Code)));
        if let Some((_, values)) = &e.values {
            out.extend(values.iter().map(|v| (v.clone(), Literal::Marker)));
        }
    }
    out.extend(t.codes.iter().map(|c| (c.clone(), Literal::Code)));
    out.extend(
        t.credentials
            .iter()
            .map(|c| (c.name.clone(), Literal::Credential)),
    );
    out.extend(t.token_endpoint.iter().map(|p| (p.clone(), Literal::Path)));
    out.extend(
        operations(doc)
            .into_iter()
            .map(|(_, path, _)| (path, Literal::Path)),
    );
    out.extend(
        t.servers
            .iter()
            .filter(|u| !u.contains('{'))
            .map(|u| (u.clone(), Literal::Server)),
    );
    out.retain(|(s, _)| !s.trim().is_empty());
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec(envelope: Value) -> Value {
        json!({
            "x-error-envelope": "#/components/schemas/Fail",
            "paths": {
                "/items/{id}": {"get": {"operationId": "item_get", "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}}}},
                "/token": {"get": {"operationId": "token_get"}}
            },
            "components": {"schemas": {
                "Item": {"type": "object", "properties": {"id": {"type": "string"}}},
                "Fail": {
                    "type": "object",
                    "properties": {
                        "status": {"type": "string"},
                        "error": {"allOf": [{"$ref": "#/components/schemas/Err"}]}
                    },
                    "x-envelope": envelope
                },
                "Err": {"type": "object", "properties": {"code": {"type": "string", "x-known-codes": [
                    {"code": "unauthorized", "status": 401, "meaning": "m", "kind": "authentication"},
                    {"code": "other", "meaning": "m"}
                ]}}}
            }}
        })
    }

    fn err(envelope: Value) -> String {
        tables(&spec(envelope)).unwrap_err()
    }

    #[test]
    fn reads_an_envelope_with_nested_paths_and_the_codes_along_them() {
        let t = tables(&spec(json!({
            "marker": ["status"], "success": ["ok", 0, false], "code": [["error", "code"]]
        })))
        .unwrap();
        assert_eq!(t.envelope.as_ref().unwrap().schema, "Fail");
        assert_eq!(
            t.envelope.as_ref().unwrap().values,
            Some((true, vec!["ok".into(), "0".into(), "false".into()]))
        );
        assert_eq!(
            t.envelope.as_ref().unwrap().code,
            [vec!["error".to_owned(), "code".to_owned()]]
        );
        assert_eq!(
            t.envelope.as_ref().unwrap().known_codes,
            [
                KnownCode {
                    code: "unauthorized".into(),
                    status: Some(401),
                    authentication: true
                },
                KnownCode {
                    code: "other".into(),
                    status: None,
                    authentication: false
                },
            ]
        );
        assert_eq!(
            t.codes,
            BTreeSet::from(["other".to_owned(), "unauthorized".to_owned()])
        );
        let items = items(&spec(json!({"marker": ["status"]}))).unwrap();
        assert!(items.len() >= 4);
    }

    #[test]
    fn a_malformed_envelope_is_an_error_that_names_the_schema() {
        for (envelope, expected) in [
            (
                json!(null),
                "components.schemas.Fail: x-envelope must be a mapping",
            ),
            (
                json!({}),
                "components.schemas.Fail: x-envelope: `marker` is missing",
            ),
            (
                json!({"marker": ["nope"]}),
                "`marker` names the path nope, which Fail does not declare",
            ),
            (json!({"marker": ["error", "nope"]}), "names the path error.nope"),
            (json!({"marker": "status"}), "`marker` must be a list"),
            (
                json!({"marker": ["status"], "success": ["ok"], "failure": ["fail"]}),
                "not both",
            ),
            (
                json!({"marker": ["status"], "success": []}),
                "`success` must not be empty",
            ),
            (
                json!({"marker": ["status"], "failure": [["x"]]}),
                "strings, numbers or booleans",
            ),
            (
                json!({"marker": ["status"], "absent": "maybe"}),
                "`absent` must be",
            ),
            (
                json!({"marker": ["status"], "code": ["error", "code"]}),
                "`code` must be a list",
            ),
            (
                json!({"marker": ["status"], "auth-status": [99]}),
                "HTTP statuses",
            ),
            (json!({"marker": ["status"], "colour": 1}), "unknown key `colour`"),
            (
                json!({"marker": ["status"], "member": "nope"}),
                "`member` must be a property of Fail",
            ),
            (
                json!({"marker": ["status"], "documented-objects-only": true}),
                "unknown key `documented-objects-only`",
            ),
        ] {
            let e = err(envelope.clone());
            assert!(e.contains(expected), "{envelope}: {e}");
        }
    }

    #[test]
    fn malformed_messages_codes_and_success_codes_are_errors() {
        let mut doc = spec(json!({"marker": ["status"], "failure": ["fail"]}));
        doc["components"]["schemas"]["Fail"]["x-known-messages"] =
            json!([{"message": "m", "meaning": "x", "kind": "both"}]);
        assert!(
            tables(&doc)
                .unwrap_err()
                .contains("x-known-messages[0]: `kind` must be"),
            "{:?}",
            tables(&doc)
        );
        doc["components"]["schemas"]["Fail"]["x-known-messages"] =
            json!([{"message": "m", "meaning": "x", "kind": "provider", "stale-token": true}]);
        assert!(
            tables(&doc)
                .unwrap_err()
                .contains("must be of kind authentication")
        );
        doc["components"]["schemas"]["Fail"]["x-known-messages"] =
            json!([{"message": "m", "meaning": "x", "kind": "provider", "match": "regex"}]);
        assert!(tables(&doc).unwrap_err().contains("`match` must be"));
        doc["components"]["schemas"]["Fail"]["x-known-messages"] = json!([]);
        doc["components"]["schemas"]["Fail"]["x-success-codes"] = json!([0]);
        assert!(
            tables(&doc)
                .unwrap_err()
                .contains("x-success-codes needs x-envelope `success`")
        );
        doc["components"]["schemas"]["Fail"]["x-envelope"] = json!({"marker": ["status"], "success": [200]});
        assert!(tables(&doc).unwrap_err().contains("x-success-codes holds 0"));
        doc["components"]["schemas"]["Fail"]["x-success-codes"] = json!([200]);
        doc["components"]["schemas"]["Err"]["properties"]["code"]["x-known-codes"] = json!([{"code": "x"}]);
        assert!(tables(&doc).unwrap_err().contains("`meaning` is missing"));
    }

    #[test]
    fn credentials_token_endpoint_and_checks() {
        let mut doc = spec(json!({"marker": ["status"]}));
        doc["components"]["securitySchemes"] = json!({
            "login": {"type": "apiKey", "in": "query", "name": "login"},
            "bearer": {"type": "http", "scheme": "bearer"}
        });
        doc["x-auth"] =
            json!([{"name": "sessionToken", "in": "body", "description": "d", "operation": "token_get"}]);
        doc["x-non-empty-path-parameters"] = json!(["id"]);
        doc["paths"]["/items/{id}"]["get"]["x-pre-send-check"] = json!("order-total");
        let t = tables(&doc).unwrap();
        assert_eq!(
            t.credentials
                .iter()
                .map(|c| (c.name.as_str(), c.placement.as_str()))
                .collect::<Vec<_>>(),
            [("bearer", "header"), ("login", "query"), ("sessionToken", "body")]
        );
        assert_eq!(t.token_endpoint.as_deref(), Some("/token"));
        assert_eq!(
            t.checks,
            [
                ("item_get".to_owned(), Check::OrderTotal),
                (
                    "item_get".to_owned(),
                    Check::NonEmptyPath {
                        parameter: "id".into(),
                        path: "/items/{id}".into()
                    }
                ),
            ]
        );
        assert_eq!(const_name("sessionToken"), "SESSION_TOKEN");

        doc["paths"]["/items/{id}"]["get"]["x-pre-send-check"] = json!("basket");
        assert!(
            tables(&doc)
                .unwrap_err()
                .contains("operation item_get: x-pre-send-check `basket` is not one of")
        );
        doc["paths"]["/items/{id}"]["get"]["x-pre-send-check"] = json!(["order-total"]);
        doc["x-non-empty-path-parameters"] = json!(["nope"]);
        assert!(tables(&doc).unwrap_err().contains("`nope`, which no path holds"));
        doc["x-non-empty-path-parameters"] = json!([]);
        doc["x-auth"][0]["operation"] = json!("token_fetch");
        assert!(
            tables(&doc)
                .unwrap_err()
                .contains("x-auth[0]: `operation` names token_fetch")
        );
        doc["x-auth"][0]["operation"] = json!("token_get");
        doc["x-auth"][0]["in"] = json!("cookie");
        assert!(tables(&doc).unwrap_err().contains("x-auth[0]: `in` must be"));
        doc["x-auth"][0]["in"] = json!("body");
        doc["components"]["securitySchemes"]["login"]["in"] = json!("cookie");
        assert!(
            tables(&doc)
                .unwrap_err()
                .contains("components.securitySchemes.login")
        );
    }
}
