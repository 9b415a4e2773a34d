//! `cargo xtask lint [--provider NAME]`: checks `specs/*.yaml` against what progenitor 0.15.1
//! gets wrong or panics on (measured before the workspace existed; listed below), against our conventions
//! (`specs/CONVENTIONS.md`), and every example against its own schema.
//!
//! Each finding is one line, `specs/<file>: <subject>: <JSON pointer>: <message>`, where the
//! subject is the operationId (or `METHOD /path` when it has none), the component's name, the
//! path of a path-level item, or `(document)`; the pointer points into the spec. The command
//! fails (`Ok(false)`) when there is any finding.
//!
//! # What is checked
//!
//! Things progenitor silently gets wrong or panics on:
//! - a non-`200` response whose JSON schema is inline (every inline response schema of an
//!   operation is named `<OpId>Response`; typify keeps the first and drops the rest);
//! - a `default` response (progenitor counts it as a success *and* an error response);
//! - two success (2xx) responses decoded as different types (two schemas, or JSON + no body
//!   such as `200` + `204`), or two error (4xx/5xx) responses with different schemas;
//! - more than one media type on a request body, a request body media type progenitor does not
//!   know (`multipart/*` and anything but JSON, form, octet-stream and text), a non-empty
//!   `encoding`, a body or an `application/json` response without schema;
//! - `nullable: true` on a property listed in `required`; `additionalProperties: false`;
//!   `format: date` / `date-time` (chrono types that reject `2024-01-10 11:08:11`);
//! - a closed `enum` of strings, i.e. one not on a component marked `x-open-enum: true`.
//!   Single-value enums are allowed: they are constants or tags (the `status: [fail]` branch of
//!   an envelope), not a list a provider extends;
//! - a missing or duplicate operationId, `openapi` other than 3.0.x, cookie parameters,
//!   parameter styles other than `form` (query) / `simple` (path, header), `deepObject`
//!   included, parameters with `content:`, and `explode: false` on a query parameter
//!   (ignored: arrays still go as repeated keys);
//! - a form (`application/x-www-form-urlencoded`) body field that is an array or an object
//!   (serde_urlencoded fails at run time with `failed to serialize body`);
//! - a `$ref` that does not resolve, and any keyword next to a `$ref` (OpenAPI 3.0 tools and
//!   progenitor read only the `$ref`: a `description` there is not shown, `nullable: true` is
//!   lost; wrap the reference as `allOf: [{$ref: ...}]`, or give it a null-only `anyOf` branch).
//!
//! Our conventions: an operation's `summary`, `description`, `tags`, `x-source`, a boolean
//! `x-idempotent` (with `x-idempotent-note`, if any, a non-empty string) and a snake_case
//! `operationId`; at least one example per operation (a parameter example, a request
//! body example or a response example); a `200` JSON schema that is a `$ref`, shown beside the
//! root `x-error-envelope` as `anyOf: [<$ref>, <envelope $ref>]` where the root names one and
//! the operation's `4XX`/`5XX` do not carry it;
//! an `x-source` that names a public `https://` page and no file; PascalCase
//! component names (all kinds but `securitySchemes`, whose names only `security` uses); the
//! root `x-source` (an `x-source` item with an unquoted `: ` is a YAML mapping, not text) and
//! `x-error-envelope`; and the shape of the extensions the xtask acts on: `x-rust-type` (a
//! known `::payspec::` type on a component schema of the matching `type`, its item a component),
//! `x-open-enum` (`true`, on a component with an `enum` of strings whose values give distinct
//! Rust variants), `x-require-one-of` (groups of optional query parameters), `x-signature`
//! (`{field, of, canonical}` naming JSON body fields, `canonical` among `of`), `x-client-fills`
//! (optional JSON body fields) and `x-pagination` (its keys; `page` and `size` naming optional
//! query parameters or body fields; `has-next` only beside `items`).
//!
//! Spectral (`scripts/openapi-lint.sh`, `.spectral.yaml`) checks the OpenAPI document itself;
//! the rules it has turned off are covered here.
//!
//! # Examples
//!
//! Every example (parameter `example`/`examples`, media-type `example`/`examples` of request
//! bodies and responses, schema-level `example`) is validated with the `jsonschema` crate
//! (JSON Schema 2020-12) against its schema, converted from OpenAPI 3.0: `$ref`s to
//! `#/components/schemas/X` point at `$defs/X`, `nullable: true` adds `null` to `type` (and to
//! `enum`), boolean `exclusiveMinimum`/`exclusiveMaximum` become numeric, and OpenAPI-only
//! keywords (`nullable`, `discriminator`, `xml`, `externalDocs`, `example`, `deprecated`,
//! `x-*`) are dropped. Formats JSON Schema knows (`email`, `uri`, ...) are checked.
//!
//! Open enums (`x-open-enum: true`) are checked against their known values: an example with an
//! unlisted value means the list is incomplete.
//!
//! The schemas are taken as written: each lenient component (`x-rust-type`) says in plain
//! OpenAPI what its Rust type accepts (`specs/CONVENTIONS.md`), so that every tool validates the
//! values the client decodes. That is checked here in both directions: a JSON Schema of what
//! the type accepts (see [`lenient_schema`], which follows `crates/payspec/src/lenient.rs`)
//! and the component's schema must agree on every value of [`lenient_samples`]:
//!
//! | `x-rust-type` | accepts |
//! |---|---|
//! | `Text` | string, number, boolean |
//! | `Int` | integer, numeric string (`"7"`, `" 7 "`) |
//! | `Decimal`, `DecimalNumber` | number, decimal string (`"1205.98"`, `"1205,98"`) |
//! | `Flag` | `0`, `1`, `true`, `false`, `"0"`, `"1"`, `"true"`, `"false"`, `""` |
//! | `NullableText` | as `Text`, and `null` |
//! | `NullableDecimal` | as `Decimal`, and `null`, `"null"`, `""` |
//! | `LenientList<T>` | array of `T`; `null`, `false`, `""`; an object: a bare `T`, a PHP keyed list (`{"0": T}`), or a `{"status": "ok", ...}` wrapper |
//! | `LenientMap<T>` | object of `T`, array of `T`, `null` |
//! | `Single<T>` | `T`, or an array of exactly one `T` |
//!
//! `QueryFilter` needs `type: object`; `JsonText<T>` needs `type: string` and
//! `x-json-schema: {$ref: T}`, and a string example that holds a JSON object or array must
//! match `T` (the type itself falls back to plain text when the JSON does not decode as `T`: in
//! an example, JSON text that does not match `T` is a mistake).
//!
//! Where this duplicates the third-party judges of `scripts/openapi-lint.sh`
//! (openapi-examples-validator, Redocly, Spectral), it is the stronger check and both run: the
//! examples here are validated as JSON Schema 2020-12 with formats, and JSON text inside
//! strings is validated too, which none of them does.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::sync::Arc;

use jsonschema::error::ValidationErrorKind;
use jsonschema::{Keyword, ValidationError, ValidatorMap};
use serde_json::{Map, Value, json};

use crate::model;

/// Runs the command; `Ok(false)` means it found problems.
pub fn run(root: &Path, provider: Option<&str>) -> Result<bool, String> {
    let specs = crate::spec_files(root)?;
    let names: Vec<String> = specs
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    if let Some(only) = provider
        && !names.iter().any(|n| n == only)
    {
        return Err(format!("no spec specs/{only}.yaml (have: {})", names.join(", ")));
    }
    let mut total = 0;
    let mut linted = 0;
    for (spec, name) in specs.iter().zip(&names) {
        if provider.is_some_and(|o| o != name) {
            continue;
        }
        let file_name = spec.file_name().unwrap().to_string_lossy().into_owned();
        let yaml =
            std::fs::read_to_string(spec).map_err(|e| format!("cannot read {}: {e}", spec.display()))?;
        let lines = lint_spec(&file_name, &yaml);
        for line in &lines {
            println!("{line}");
        }
        total += lines.len();
        linted += 1;
    }
    let plural = if linted == 1 { "" } else { "s" };
    if total == 0 {
        eprintln!("lint: {linted} spec{plural}, no findings");
    } else {
        eprintln!("lint: {linted} spec{plural}, {total} finding(s)");
    }
    Ok(total == 0)
}

/// Lints one spec given its file name (for the report) and its YAML text; returns the finding
/// lines, `specs/<file>: <subject>: <pointer>: <message>`, or none when it is clean.
pub fn lint_spec(file_name: &str, yaml: &str) -> Vec<String> {
    let prefix = format!("specs/{file_name}");
    let doc: Value = match model::parse_json(yaml) {
        Ok(v) => v,
        Err(e) => return vec![format!("{prefix}: (document): : not valid YAML: {e}")],
    };
    let mut lint = Lint {
        doc: &doc,
        dangling: false,
        findings: Vec::new(),
        examples: Vec::new(),
        lenient_components: Vec::new(),
        replaced: false,
    };
    lint.all();
    let mut seen = BTreeSet::new();
    lint.findings
        .into_iter()
        .filter(|f| seen.insert(f.clone()))
        .map(|(pointer, message)| format!("{prefix}: {}: {pointer}: {message}", subject(&doc, &pointer)))
        .collect()
}

/// The facade types `x-rust-type` may name, with the schema `type` the component must have.
const SCALARS: [(&str, &str); 8] = [
    ("Text", "string"),
    ("Int", "integer"),
    ("Decimal", "string"),
    ("DecimalNumber", "number"),
    ("Flag", "integer"),
    ("NullableText", "string"),
    ("NullableDecimal", "string"),
    ("QueryFilter", "object"),
];
const GENERICS: [(&str, &str); 4] = [
    ("LenientList", "array"),
    ("LenientMap", "object"),
    ("Single", "object"),
    ("JsonText", "string"),
];

fn esc(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn unesc(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

fn join(pointer: &str, key: &str) -> String {
    format!("{pointer}/{}", esc(key))
}

/// The operationId, component name or path a pointer belongs to.
fn subject(doc: &Value, pointer: &str) -> String {
    let tokens: Vec<String> = pointer.split('/').skip(1).map(unesc).collect();
    match tokens.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["paths", path, method, ..] if model::METHODS.contains(method) => doc
            .get("paths")
            .and_then(|p| p.get(*path))
            .and_then(|i| i.get(*method))
            .and_then(|o| o.get("operationId"))
            .and_then(Value::as_str)
            .map(str::to_owned)
            .unwrap_or_else(|| format!("{} {path}", method.to_uppercase())),
        ["paths", path, ..] => (*path).to_owned(),
        ["components", _, name, ..] => (*name).to_owned(),
        _ => "(document)".to_owned(),
    }
}

fn is_json(media_type: &str) -> bool {
    media_type == "application/json" || media_type.starts_with("application/json;")
}

fn is_snake_case(s: &str) -> bool {
    let mut prev_underscore = true;
    for (i, c) in s.chars().enumerate() {
        match c {
            'a'..='z' => prev_underscore = false,
            '0'..='9' if i > 0 => prev_underscore = false,
            '_' if !prev_underscore => prev_underscore = true,
            _ => return false,
        }
    }
    !s.is_empty() && !prev_underscore
}

/// `InvoiceStatus`, `Payment3ds`; not `SN`, `INVOICE_STATUS`, `invoiceStatus`, `PaymentID`:
/// typify renames those (heck's UpperCamelCase), and `x-rust-type` is matched by the Rust name.
fn is_pascal_case(s: &str) -> bool {
    let mut chars = s.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let mut prev_upper = true;
    for c in chars {
        if c.is_ascii_uppercase() {
            if prev_upper {
                return false;
            }
            prev_upper = true;
        } else if c.is_ascii_lowercase() || c.is_ascii_digit() {
            prev_upper = false;
        } else {
            return false;
        }
    }
    true
}

/// The success `$ref` of a `200` schema written `anyOf: [<success $ref>, <envelope $ref>]` (or
/// `oneOf`), the one shape that shows refusals arriving with HTTP 200.
fn success_branch<'v>(schema: &'v Value, envelope: &str) -> Option<&'v Value> {
    let branches = schema.get("anyOf").or_else(|| schema.get("oneOf"))?.as_array()?;
    let is_envelope = |b: &Value| b.get("$ref").and_then(Value::as_str) == Some(envelope);
    match branches.as_slice() {
        [a, b] if is_envelope(b) && !is_envelope(a) && a.get("$ref").is_some() => Some(a),
        [a, b] if is_envelope(a) && !is_envelope(b) && b.get("$ref").is_some() => Some(b),
        _ => None,
    }
}

/// Whether `schema` holds a `$ref` to `target` anywhere.
fn refers_to(schema: &Value, target: &str) -> bool {
    match schema {
        Value::Object(map) => {
            map.get("$ref").and_then(Value::as_str) == Some(target)
                || map
                    .iter()
                    .any(|(k, v)| !k.starts_with("x-") && refers_to(v, target))
        }
        Value::Array(items) => items.iter().any(|v| refers_to(v, target)),
        _ => false,
    }
}

/// The first word of `text`, outside its URLs, that names a file: a path with `../`,
/// `shared/`, `seeds/` or `reference/` in it, or a name ending `.md`, `.txt` or `.yaml`.
fn outside_file(text: &str) -> Option<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';' | '"' | '\'' | '`'))
        .filter(|w| !w.starts_with("http://") && !w.starts_with("https://"))
        .map(|w| w.trim_end_matches(['.', ':']))
        .find(|w| {
            ["../", "shared/", "seeds/", "reference/"]
                .iter()
                .any(|p| w.contains(p))
                || [".md", ".txt", ".yaml"]
                    .iter()
                    .any(|e| w.len() > e.len() && w.ends_with(e))
        })
        .map(str::to_owned)
}

/// `::payspec::LenientList<Payment>` → `("LenientList", Some("Payment"))`.
fn parse_rust_type(rust: &str) -> Option<(&str, Option<&str>)> {
    let rest = rust.trim().strip_prefix("::payspec::")?;
    let ident = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    match rest.split_once('<') {
        Some((name, arg)) => {
            let arg = arg.strip_suffix('>')?.trim();
            (ident(name) && ident(arg)).then_some((name, Some(arg)))
        }
        None => ident(rest).then_some((rest, None)),
    }
}

struct Example {
    pointer: String,
    schema: Value,
    value: Value,
}

struct Lint<'d> {
    doc: &'d Value,
    /// A `$ref` did not resolve (reported once there, not again at each example it breaks).
    dangling: bool,
    findings: Vec<(String, String)>,
    examples: Vec<Example>,
    /// Components with a lenient `x-rust-type`: (name, kind, item), checked against what the
    /// type accepts once the schemas are compiled.
    lenient_components: Vec<(String, String, Option<String>)>,
    /// Inside a component with `x-rust-type` (see [`Lint::all`]).
    replaced: bool,
}

impl<'d> Lint<'d> {
    fn report(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.findings.push((pointer.into(), message.into()));
    }

    /// Follows `$ref`s (local only) to the object they name.
    fn resolve(&self, value: &'d Value) -> Option<&'d Value> {
        model::resolve(self.doc, value).ok().map(|r| r.value)
    }

    fn components(&self, kind: &str) -> impl Iterator<Item = (&'d String, &'d Value)> + use<'d> {
        self.doc
            .pointer(&format!("/components/{kind}"))
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
    }

    fn all(&mut self) {
        if !self.doc.is_object() {
            self.report("", "not an OpenAPI document (expected a mapping)");
            return;
        }
        self.root();
        self.refs(self.doc, "");
        for (kind, _) in self
            .doc
            .get("components")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if kind == "securitySchemes" {
                continue;
            }
            for (name, _) in self.components(kind) {
                if !is_pascal_case(name) {
                    self.report(
                        format!("/components/{}/{}", esc(kind), esc(name)),
                        "component name is not PascalCase (typify renames it, and x-rust-type replacements are matched by the Rust name)",
                    );
                }
            }
        }
        for (name, schema) in self.components("schemas") {
            let ptr = format!("/components/schemas/{}", esc(name));
            self.component_schema(schema, &ptr);
            // A lenient component is replaced by its Rust type: its enums are literals of what
            // that type accepts, not a list for the generator to close.
            self.replaced = schema.get("x-rust-type").is_some();
            self.schema(schema, &ptr, true);
            self.replaced = false;
        }
        for (name, param) in self.components("parameters") {
            self.parameter(param, &format!("/components/parameters/{}", esc(name)));
        }
        for (name, body) in self.components("requestBodies") {
            self.request_body(body, &format!("/components/requestBodies/{}", esc(name)));
        }
        for (name, response) in self.components("responses") {
            self.response(response, &format!("/components/responses/{}", esc(name)));
        }
        self.paths();
        self.validate_examples();
    }

    fn root(&mut self) {
        match self.doc.get("openapi") {
            Some(Value::String(v))
                if v.strip_prefix("3.0.")
                    .is_some_and(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit())) => {}
            Some(v) => self.report(
                "/openapi",
                format!(
                    "`openapi: {}`: progenitor reads only OpenAPI 3.0.x (use 3.0.3)",
                    v.as_str().map_or(v.to_string(), str::to_owned)
                ),
            ),
            None => self.report("", "no `openapi` version (use 3.0.3)"),
        }
        self.source("", "the list of source documents");
        if let Some(envelope) = self.doc.get("x-error-envelope") {
            let ok = envelope
                .as_str()
                .and_then(|r| r.strip_prefix("#/components/schemas/"))
                .is_some_and(|name| {
                    self.doc
                        .pointer(&format!("/components/schemas/{}", esc(name)))
                        .is_some()
                });
            if !ok {
                self.report(
                    "/x-error-envelope",
                    "x-error-envelope must be '#/components/schemas/<Name>' naming an existing schema",
                );
            }
        }
    }

    /// `x-source` of the root or an operation: a non-empty string or list of strings, each
    /// naming a public `https://` page and no file (the specs stand alone).
    fn source(&mut self, owner: &str, what: &str) {
        let at = join(owner, "x-source");
        match self.doc.pointer(owner).and_then(|o| o.get("x-source")) {
            Some(Value::String(s)) if !s.trim().is_empty() => self.source_text(&at, s),
            Some(Value::Array(items)) if !items.is_empty() => {
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Value::String(s) if !s.trim().is_empty() => self.source_text(&format!("{at}/{i}"), s),
                        Value::Object(_) => self.report(
                            format!("{at}/{i}"),
                            "not a string: YAML read the `: ` in this item as a mapping; quote the item",
                        ),
                        _ => self.report(format!("{at}/{i}"), "an x-source item must be a non-empty string"),
                    }
                }
            }
            None => self.report(owner, format!("no `x-source` ({what})")),
            Some(_) => self.report(at, "x-source must be a non-empty string or list of strings"),
        }
    }

    fn source_text(&mut self, at: &str, text: &str) {
        if !text.contains("https://") && !text.contains("http://") {
            self.report(
                at,
                "x-source names no public page: give its https:// URL (and the section or table)",
            );
        }
        if let Some(file) = outside_file(text) {
            self.report(
                at,
                format!("x-source names the file `{file}`, which a reader of the spec does not have: cite the public page (a seed may be named as text, \"seed 002, §3.1\")"),
            );
        }
    }

    /// Every `$ref` must resolve, with nothing beside it.
    fn refs(&mut self, value: &'d Value, ptr: &str) {
        match value {
            Value::Object(map) => {
                if let Some(r) = map.get("$ref") {
                    if r.as_str().and_then(|r| model::pointer(self.doc, r)).is_none() {
                        self.dangling = true;
                        self.report(
                            join(ptr, "$ref"),
                            format!("{r} does not resolve to anything in this document"),
                        );
                    }
                    for key in map.keys().filter(|k| *k != "$ref") {
                        let hint = if key == "nullable" {
                            "; write `anyOf: [{$ref: ...}, {type: string, nullable: true, enum: [null]}]`"
                        } else {
                            "; wrap the reference, `allOf: [{$ref: ...}]`, and put it beside `allOf`"
                        };
                        self.report(
                            join(ptr, key),
                            format!(
                                "`{key}` next to `$ref` is ignored (OpenAPI 3.0 tools and progenitor read only the `$ref`){hint}"
                            ),
                        );
                    }
                }
                let property_names = ptr.ends_with("/properties");
                for (key, v) in map {
                    // Example values are data, and extensions are ours.
                    if !property_names && (key == "example" || key.starts_with("x-")) {
                        continue;
                    }
                    if key == "examples"
                        && !property_names
                        && let Value::Object(examples) = v
                    {
                        for (name, ex) in examples {
                            if ex.get("$ref").is_some() {
                                self.refs(ex, &join(&join(ptr, key), name));
                            }
                        }
                        continue;
                    }
                    self.refs(v, &join(ptr, key));
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    self.refs(v, &format!("{ptr}/{i}"));
                }
            }
            _ => {}
        }
    }

    /// `x-rust-type` and `x-open-enum` of `components/schemas/<name>`.
    fn component_schema(&mut self, schema: &'d Value, ptr: &str) {
        let ty = schema.get("type").and_then(Value::as_str);
        if let Some(rust) = schema.get("x-rust-type") {
            let at = join(ptr, "x-rust-type");
            let Some(text) = rust.as_str() else {
                self.report(at, "x-rust-type must be a string");
                return;
            };
            let known = || {
                let mut names: Vec<String> = SCALARS.iter().map(|(n, _)| format!("::payspec::{n}")).collect();
                names.extend(GENERICS.iter().map(|(n, _)| format!("::payspec::{n}<Item>")));
                names.join(", ")
            };
            let name = unesc(ptr.rsplit('/').next().unwrap_or_default());
            match parse_rust_type(text) {
                Some(("QueryFilter", None)) => {
                    if ty != Some("object") {
                        self.report(at.clone(), format!("x-rust-type {text} needs `type: object`"));
                    }
                }
                Some((kind, None)) if SCALARS.iter().any(|(n, _)| *n == kind) => {
                    self.lenient_components.push((name, kind.to_owned(), None));
                }
                Some((kind, Some(item))) if GENERICS.iter().any(|(n, _)| *n == kind) => {
                    let item_ref = format!("#/components/schemas/{item}");
                    if self
                        .doc
                        .pointer(&format!("/components/schemas/{}", esc(item)))
                        .is_none()
                    {
                        self.report(
                            at.clone(),
                            format!("x-rust-type {text}: no component schema `{item}`"),
                        );
                    } else if kind == "JsonText" {
                        let named = schema.pointer("/x-json-schema/$ref").and_then(Value::as_str);
                        if ty != Some("string") || named != Some(item_ref.as_str()) {
                            self.report(
                                at.clone(),
                                format!("x-rust-type {text} needs `type: string` and `x-json-schema: {{$ref: '{item_ref}'}}` (the JSON the text carries)"),
                            );
                        }
                    } else if !refers_to(schema, &item_ref) {
                        self.report(
                            at.clone(),
                            format!("x-rust-type {text}: the schema must say how `{item}` is carried (see specs/CONVENTIONS.md); it never refers to {item_ref}"),
                        );
                    } else {
                        self.lenient_components
                            .push((name, kind.to_owned(), Some(item.to_owned())));
                    }
                }
                _ => self.report(
                    at.clone(),
                    format!("unknown x-rust-type `{text}` (known: {})", known()),
                ),
            }
            if schema.get("x-open-enum").is_some() {
                self.report(
                    join(ptr, "x-open-enum"),
                    "x-open-enum next to x-rust-type: the generator uses x-rust-type and ignores x-open-enum",
                );
            }
            return;
        }
        if let Some(open) = schema.get("x-open-enum") {
            let at = join(ptr, "x-open-enum");
            if open != &Value::Bool(true) {
                self.report(at.clone(), "x-open-enum must be `true` (leave it out otherwise)");
            }
            let values = schema.get("enum").and_then(Value::as_array);
            match values {
                Some(values) if !values.is_empty() && values.iter().all(Value::is_string) => {
                    if ty.is_some_and(|t| t != "string") {
                        self.report(at, "x-open-enum needs `type: string`");
                    }
                    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
                    for (i, v) in values.iter().enumerate() {
                        let v = v.as_str().unwrap();
                        let variant = crate::variant_name(v);
                        if let Some(first) = seen.get(&variant) {
                            self.report(
                                format!("{ptr}/enum/{i}"),
                                format!("{v:?} and {first:?} both become the Rust variant `{variant}`"),
                            );
                        } else {
                            seen.insert(variant, v);
                        }
                    }
                }
                _ => self.report(at, "x-open-enum needs a non-empty `enum` of strings"),
            }
        }
    }

    /// Checks one schema and its subschemas; `component_root` says whether it is
    /// `components/schemas/<Name>` itself (where `x-open-enum` and `x-rust-type` work).
    fn schema(&mut self, schema: &'d Value, ptr: &str, component_root: bool) {
        let Value::Object(map) = schema else { return };
        if map.contains_key("$ref") {
            return;
        }
        if !component_root {
            for key in ["x-rust-type", "x-open-enum"] {
                if map.contains_key(key) {
                    self.report(
                        join(ptr, key),
                        format!("{key} only works on a component schema (components/schemas/<Name>); here it is ignored"),
                    );
                }
            }
        }
        if let Some(Value::Array(values)) = map.get("enum")
            && values.len() > 1
            && values.iter().any(Value::is_string)
            && !map.contains_key("x-open-enum")
            && !self.replaced
        {
            self.report(
                join(ptr, "enum"),
                "closed enum of strings: a value the provider adds later fails the whole response; make it a component with `x-open-enum: true`, or a plain string",
            );
        }
        if map.get("additionalProperties") == Some(&Value::Bool(false)) {
            self.report(
                join(ptr, "additionalProperties"),
                "`additionalProperties: false` turns on deny_unknown_fields: a field the provider adds fails decoding",
            );
        }
        if let Some(format) = map.get("format").and_then(Value::as_str)
            && (format == "date" || format == "date-time")
        {
            self.report(
                join(ptr, "format"),
                format!("`format: {format}` becomes a chrono type that rejects provider dates such as `2024-01-10 11:08:11`; keep dates `type: string` without format"),
            );
        }
        if let (Some(Value::Array(required)), Some(Value::Object(props))) =
            (map.get("required"), map.get("properties"))
        {
            for name in required.iter().filter_map(Value::as_str) {
                let nullable = props.get(name).is_some_and(|p| {
                    p.get("nullable") == Some(&Value::Bool(true)) || crate::lower::has_null_branch(p)
                });
                if nullable {
                    self.report(
                        format!("{ptr}/properties/{}/nullable", esc(name)),
                        format!("`{name}` is `nullable: true` and `required`: progenitor then rejects an answer without the key; take it out of `required`"),
                    );
                }
            }
        }
        if let Some(example) = map.get("example") {
            let schema = if component_root {
                let name = unesc(ptr.rsplit('/').next().unwrap_or_default());
                json!({ "$ref": format!("#/components/schemas/{name}") })
            } else {
                schema.clone()
            };
            self.examples.push(Example {
                pointer: join(ptr, "example"),
                schema,
                value: example.clone(),
            });
        }
        if let Some(Value::Object(props)) = map.get("properties") {
            for (name, sub) in props {
                self.schema(sub, &join(&join(ptr, "properties"), name), false);
            }
        }
        for key in ["items", "additionalProperties", "not"] {
            if let Some(sub) = map.get(key) {
                self.schema(sub, &join(ptr, key), false);
            }
        }
        for key in ["allOf", "anyOf", "oneOf"] {
            if let Some(Value::Array(subs)) = map.get(key) {
                for (i, sub) in subs.iter().enumerate() {
                    self.schema(sub, &format!("{}/{i}", join(ptr, key)), false);
                }
            }
        }
    }

    /// `example` and `examples` of a parameter or media type object, against `schema`.
    fn examples_of(&mut self, owner: &'d Value, ptr: &str, schema: Option<&'d Value>) {
        let Some(schema) = schema else { return };
        if let Some(example) = owner.get("example") {
            self.examples.push(Example {
                pointer: join(ptr, "example"),
                schema: schema.clone(),
                value: example.clone(),
            });
        }
        for (name, ex) in owner
            .get("examples")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let (at, ex) = match ex.get("$ref").and_then(Value::as_str) {
                Some(r) => match self.resolve(ex) {
                    Some(target) => (r.trim_start_matches('#').to_owned(), target),
                    None => continue,
                },
                None => (join(&join(ptr, "examples"), name), ex),
            };
            if let Some(value) = ex.get("value") {
                self.examples.push(Example {
                    pointer: join(&at, "value"),
                    schema: schema.clone(),
                    value: value.clone(),
                });
            }
        }
    }

    fn media_type(&mut self, media: &'d Value, ptr: &str) {
        if let Some(schema) = media.get("schema") {
            self.schema(schema, &join(ptr, "schema"), false);
        }
        self.examples_of(media, ptr, media.get("schema"));
    }

    fn parameter(&mut self, param: &'d Value, ptr: &str) {
        if param.get("$ref").is_some() {
            return;
        }
        let location = param.get("in").and_then(Value::as_str).unwrap_or_default();
        if location == "cookie" {
            self.report(
                join(ptr, "in"),
                "cookie parameters are not supported by progenitor",
            );
        }
        if param.get("content").is_some() {
            self.report(
                join(ptr, "content"),
                "a parameter with `content` instead of `schema` (progenitor: `unexpected content`)",
            );
        } else if param.get("schema").is_none() {
            self.report(ptr, "a parameter without `schema`");
        }
        if location == "query" && param.get("explode") == Some(&Value::Bool(false)) {
            self.report(
                join(ptr, "explode"),
                "progenitor ignores `explode: false`: an array is still sent as repeated keys (`a=1&a=2`), never as `a=1,2`",
            );
        }
        if let Some(style) = param.get("style").and_then(Value::as_str) {
            let supported = match location {
                "query" => "form",
                _ => "simple",
            };
            if style != supported && location != "cookie" {
                let hint = if style == "deepObject" {
                    "; send such keys through a `filter` parameter of x-rust-type ::payspec::QueryFilter"
                } else {
                    ""
                };
                self.report(
                    join(ptr, "style"),
                    format!("`style: {style}` is not supported by progenitor for {location} parameters (only `{supported}`){hint}"),
                );
            }
        }
        if let Some(schema) = param.get("schema") {
            self.schema(schema, &join(ptr, "schema"), false);
        }
        self.examples_of(param, ptr, param.get("schema"));
    }

    fn request_body(&mut self, body: &'d Value, ptr: &str) {
        if body.get("$ref").is_some() {
            return;
        }
        let content = body.get("content").and_then(Value::as_object);
        let count = content.map_or(0, Map::len);
        if count > 1 {
            self.report(
                join(ptr, "content"),
                format!("{count} media types on one request body (progenitor panics: `more media types than expected`)"),
            );
        }
        for (mt, media) in content.into_iter().flatten() {
            let at = join(&join(ptr, "content"), mt);
            let essence = mt.split(';').next().unwrap_or_default().trim();
            let known = [
                "application/json",
                "application/x-www-form-urlencoded",
                "application/octet-stream",
                "text/plain",
                "text/x-markdown",
            ];
            if essence.starts_with("multipart/") {
                self.report(
                    at.clone(),
                    format!(
                        "multipart bodies are not supported by progenitor (`unexpected content type: {mt}`)"
                    ),
                );
            } else if !known.contains(&essence) {
                self.report(
                    at.clone(),
                    format!("progenitor does not support request bodies of type {mt}"),
                );
            }
            if media
                .get("encoding")
                .and_then(Value::as_object)
                .is_some_and(|e| !e.is_empty())
            {
                self.report(
                    join(&at, "encoding"),
                    "an `encoding` object on a request body (progenitor panics: `media type encoding not empty`)",
                );
            }
            if media.get("schema").is_none() {
                self.report(
                    at.clone(),
                    "a request body without schema (progenitor: `No schema specified for request body`)",
                );
            }
            if essence == "application/x-www-form-urlencoded" {
                self.flat_form(media, &at);
            }
            self.media_type(media, &at);
        }
    }

    /// A form body is serialized by serde_urlencoded, which fails at run time
    /// (`failed to serialize body`) on a non-empty array or a nested object.
    fn flat_form(&mut self, media: &'d Value, ptr: &str) {
        let Some(schema) = media.get("schema") else { return };
        // Point at the schema where it is written: inline here, or the component it names.
        let base = match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => r.trim_start_matches('#').to_owned(),
            None => join(ptr, "schema"),
        };
        let Some(schema) = self.resolve(schema) else {
            return;
        };
        for (name, prop) in schema
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let Some(ty) = self
                .resolve(prop)
                .and_then(|p| p.get("type"))
                .and_then(Value::as_str)
            else {
                continue;
            };
            if ty == "array" || ty == "object" {
                self.report(
                    join(&join(&base, "properties"), name),
                    format!(
                        "form field `{name}` is an {ty}: serde_urlencoded fails on it at run time (`failed to serialize body`); send it as JSON text (x-rust-type ::payspec::JsonText<...>)"
                    ),
                );
            }
        }
    }

    fn response(&mut self, response: &'d Value, ptr: &str) {
        if response.get("$ref").is_some() {
            return;
        }
        for (mt, media) in response
            .get("content")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let at = join(&join(ptr, "content"), mt);
            if is_json(mt) {
                if media.get("schema").is_none() {
                    self.report(
                        at.clone(),
                        "an application/json response without schema (progenitor panics: `media type encoding, no schema`)",
                    );
                }
                if media
                    .get("encoding")
                    .and_then(Value::as_object)
                    .is_some_and(|e| !e.is_empty())
                {
                    self.report(
                        join(&at, "encoding"),
                        "an `encoding` object on a JSON response (progenitor panics)",
                    );
                }
            }
            self.media_type(media, &at);
        }
        for (name, header) in response
            .get("headers")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if let Some(schema) = header.get("schema") {
                self.schema(
                    schema,
                    &format!("{}/schema", join(&join(ptr, "headers"), name)),
                    false,
                );
            }
        }
    }

    fn paths(&mut self) {
        let paths = self.doc.get("paths").and_then(Value::as_object);
        for (path, item) in paths.into_iter().flatten() {
            let Some(item) = self.resolve(item) else { continue };
            let shared = item.get("parameters").and_then(Value::as_array);
            for (i, param) in shared.into_iter().flatten().enumerate() {
                self.parameter(param, &format!("{}/parameters/{i}", join("/paths", path)));
            }
        }
        let mut ids: BTreeMap<&'d str, String> = BTreeMap::new();
        for o in model::operations(self.doc) {
            let ptr = join(&join("/paths", &o.path), o.method);
            match o.id {
                None => self.report(
                    ptr.clone(),
                    format!(
                        "no operationId (progenitor: `path {} is missing operation ID`)",
                        o.path
                    ),
                ),
                Some(id) => {
                    let at = join(&ptr, "operationId");
                    if let Some(first) = ids.get(id) {
                        self.report(at, format!("duplicate operationId, also at {first}"));
                    } else {
                        if !is_snake_case(id) {
                            self.report(
                                at.clone(),
                                "operationId is not snake_case (it becomes the Rust method name)",
                            );
                        }
                        ids.insert(id, at);
                    }
                }
            }
            // A parameter whose `$ref` does not resolve is reported where it stands (`refs`).
            let params = o
                .parameters(self.doc)
                .into_iter()
                .filter(|p| p.get("$ref").is_none())
                .collect();
            self.operation(o.op, &ptr, params);
        }
    }

    /// One operation; `params` are all its parameters, the path item's included (see
    /// [`model::Operation::parameters`]).
    fn operation(&mut self, op: &'d Value, ptr: &str, params: Vec<&'d Value>) {
        for key in ["summary", "description"] {
            if op
                .get(key)
                .and_then(Value::as_str)
                .is_none_or(|s| s.trim().is_empty())
            {
                self.report(ptr, format!("no `{key}`"));
            }
        }
        if op
            .get("tags")
            .and_then(Value::as_array)
            .is_none_or(|t| t.is_empty())
        {
            self.report(ptr, "no `tags`");
        }
        self.source(ptr, "the seed section or reference URL this operation follows");
        match op.get("x-idempotent") {
            Some(Value::Bool(_)) => {}
            None => self.report(
                ptr,
                "no `x-idempotent` (true: safe to repeat; false: never retried; see CONVENTIONS.md, Retries)",
            ),
            Some(_) => self.report(join(ptr, "x-idempotent"), "x-idempotent must be true or false"),
        }
        if let Some(note) = op.get("x-idempotent-note")
            && note.as_str().is_none_or(|s| s.trim().is_empty())
        {
            self.report(
                join(ptr, "x-idempotent-note"),
                "x-idempotent-note must be a non-empty string",
            );
        }

        // The operation's own parameters (the path item's are linted once, in `paths`).
        let own = op.get("parameters").and_then(Value::as_array);
        for (i, param) in own.into_iter().flatten().enumerate() {
            self.parameter(param, &format!("{ptr}/parameters/{i}"));
        }

        let body = op.get("requestBody");
        if let Some(body) = body {
            self.request_body(body, &join(ptr, "requestBody"));
        }
        let body = body.and_then(|b| self.resolve(b));

        let responses: Vec<(&'d String, &'d Value, &'d Value)> = op
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter_map(|(code, r)| Some((code, r, self.resolve(r)?)))
            .collect();
        for (code, r, _) in &responses {
            self.response(r, &join(&join(ptr, "responses"), code));
        }
        self.responses(ptr, &responses);

        let has_example = |owner: &Value| {
            owner.get("example").is_some()
                || owner
                    .get("examples")
                    .and_then(Value::as_object)
                    .is_some_and(|e| !e.is_empty())
        };
        let media = |v: &'d Value| {
            v.get("content")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(|(_, m)| m)
        };
        let any_example = params.iter().any(|p| has_example(p))
            || body.into_iter().flat_map(media).any(has_example)
            || responses.iter().flat_map(|(_, _, r)| media(r)).any(has_example);
        if !any_example {
            self.report(
                ptr,
                "no example: give a parameter `example`, a request body example or a response example from the docs",
            );
        }
        self.extensions(op, ptr, &params, body);
    }

    /// Status-dependent response rules: one success type, one error type, no `default`, no
    /// inline non-200 schema, a `$ref` for the 200 schema; where the root names an
    /// `x-error-envelope`, a JSON `200` shows it: `anyOf: [<$ref>, <envelope $ref>]`.
    fn responses(&mut self, ptr: &str, responses: &[(&'d String, &'d Value, &'d Value)]) {
        let mut success: Vec<(&str, String)> = Vec::new();
        let mut errors: Vec<(&str, String)> = Vec::new();
        // Only an envelope that resolves (a dangling one is reported once, at the root).
        let envelope = self
            .doc
            .get("x-error-envelope")
            .and_then(Value::as_str)
            .filter(|e| model::pointer(self.doc, e).is_some());
        // A provider that answers refusals with an HTTP error status (its `4XX`/`5XX` carry the
        // envelope, Invoicebox) shows them there, not beside the 200.
        let refused_by_status = envelope.is_some()
            && responses.iter().any(|(code, _, response)| {
                (code.starts_with('4') || code.starts_with('5'))
                    && response
                        .pointer("/content/application~1json/schema/$ref")
                        .and_then(Value::as_str)
                        == envelope
            });
        for (code, original, response) in responses {
            let at = join(&join(ptr, "responses"), code);
            let content = response.get("content").and_then(Value::as_object);
            // A file answer may show the envelope as a second, JSON, media type (crate::lower).
            let beside_a_file = |m: &Value| {
                envelope.is_some()
                    && content.is_some_and(|c| c.len() > 1)
                    && m.pointer("/schema/$ref").and_then(Value::as_str) == envelope
            };
            let json = content
                .into_iter()
                .flatten()
                .find(|(mt, m)| is_json(mt) && !(code.as_str() == "200" && beside_a_file(m)));
            let written = json.and_then(|(_, m)| m.get("schema"));
            // What the generator is given (crate::lower): the success branch of the 200.
            let lowered = match (code.as_str(), written, envelope) {
                ("200", Some(s), Some(envelope)) => {
                    let branch = success_branch(s, envelope);
                    if branch.is_none() && !refused_by_status {
                        let mt = json.map(|(mt, _)| mt.as_str()).unwrap_or_default();
                        self.report(
                            format!("{}/schema", join(&join(&at, "content"), mt)),
                            format!("refusals arrive with HTTP 200 here (`x-error-envelope`): show them, `anyOf: [{{$ref: <success>}}, {{$ref: '{envelope}'}}]`"),
                        );
                    }
                    branch
                }
                _ => None,
            };
            let via = original
                .get("$ref")
                .and_then(Value::as_str)
                .map(|r| format!(" (in {r})"))
                .unwrap_or_default();
            let schema = lowered.or(written);
            let kind = match (json, schema) {
                (Some(_), Some(s)) => match s.get("$ref").and_then(Value::as_str) {
                    Some(r) => format!("JSON {r}"),
                    None => format!("JSON inline {s}"),
                },
                (Some(_), None) => "JSON without schema".to_owned(),
                (None, _)
                    if response
                        .get("content")
                        .and_then(Value::as_object)
                        .is_some_and(|c| !c.is_empty()) =>
                {
                    "raw".to_owned()
                }
                (None, _) => "none".to_owned(),
            };
            if let (Some((mt, _)), Some(s)) = (json, schema)
                && s.get("$ref").is_none()
            {
                let schema_at = if via.is_empty() {
                    format!("{}/schema", join(&join(&at, "content"), mt))
                } else {
                    at.clone()
                };
                if code.as_str() == "200" {
                    self.report(
                        schema_at,
                        format!("the 200 schema is inline{via}: make it a component and `$ref` it"),
                    );
                } else if code.as_str() != "default" {
                    self.report(
                        schema_at,
                        format!("inline schema on a non-200 response{via}: progenitor names every inline response schema `<OpId>Response` and silently keeps only the first; `$ref` a component"),
                    );
                }
            }
            let first = code.chars().next().unwrap_or_default();
            if code.as_str() == "default" {
                self.report(
                    at,
                    "a `default` response: progenitor counts it as a success response too (panics next to 200); declare `4XX`/`5XX` instead",
                );
            } else if first == '2' {
                success.push((code.as_str(), kind));
            } else if first == '4' || first == '5' {
                errors.push((code.as_str(), kind));
            }
        }
        for (list, what) in [(success, "success"), (errors, "error")] {
            let Some((first_code, first_kind)) = list.first() else {
                continue;
            };
            for (code, kind) in &list[1..] {
                if kind == first_kind {
                    continue;
                }
                let at = join(&join(ptr, "responses"), code);
                let message = if kind == "none" || first_kind == "none" {
                    let (none, body) = if kind == "none" {
                        (code, first_code)
                    } else {
                        (first_code, code)
                    };
                    format!(
                        "`{none}` has no body but `{body}` has one (progenitor panics: one {what} type per operation)"
                    )
                } else {
                    format!(
                        "`{code}` has a different schema than `{first_code}` (progenitor panics: one {what} type per operation)"
                    )
                };
                self.report(at, message);
            }
        }
    }

    /// `x-require-one-of`, `x-signature`, `x-client-fills` of one operation.
    fn extensions(&mut self, op: &'d Value, ptr: &str, params: &[&'d Value], body: Option<&'d Value>) {
        if let Some(groups) = op.get("x-require-one-of") {
            let at = join(ptr, "x-require-one-of");
            match model::require_one_of(groups) {
                Err(problem) => self.report(at, problem),
                Ok(groups) => {
                    for (i, group) in groups.iter().enumerate() {
                        for (j, name) in group.iter().enumerate() {
                            let param = params.iter().find(|p| {
                                p.get("name").and_then(Value::as_str) == Some(name)
                                    && p.get("in").and_then(Value::as_str) == Some("query")
                            });
                            let problem = match param {
                                None => Some(format!(
                                    "x-require-one-of names `{name}`, which is not a query parameter of this operation"
                                )),
                                Some(p) if p.get("required") == Some(&Value::Bool(true)) => Some(format!(
                                    "x-require-one-of names `{name}`, which is required; make it optional"
                                )),
                                Some(_) => None,
                            };
                            if let Some(problem) = problem {
                                self.report(format!("{at}/{i}/{j}"), problem);
                            }
                        }
                    }
                }
            }
        }
        let body_schema = body
            .and_then(|b| b.pointer("/content/application~1json/schema"))
            .and_then(|s| self.resolve(s));
        let body_props = body_schema
            .and_then(|s| s.get("properties"))
            .and_then(Value::as_object);
        if let Some(sig) = op.get("x-signature") {
            let at = join(ptr, "x-signature");
            match model::Signature::parse(sig) {
                Err(problem) => self.report(at, problem),
                Ok(_) if body_props.is_none() => {
                    self.report(at, "x-signature needs a JSON request body with properties")
                }
                Ok(sig) => {
                    for (i, name) in sig.of.iter().enumerate() {
                        if !body_props.is_some_and(|p| p.contains_key(name)) {
                            self.report(
                                format!("{at}/of/{i}"),
                                format!("x-signature signs `{name}`, which the request body does not have"),
                            );
                        }
                    }
                }
            }
        }
        if let Some(paging) = op.get("x-pagination") {
            self.pagination(paging, &join(ptr, "x-pagination"), params, body_props);
        }
        if let Some(fills) = op.get("x-client-fills") {
            let at = join(ptr, "x-client-fills");
            match (model::client_fills(fills), body_props) {
                (Err(problem), _) => self.report(at, problem),
                (Ok(_), None) => self.report(at, "x-client-fills needs a JSON request body with properties"),
                (Ok(list), Some(props)) => {
                    let required = body_schema
                        .and_then(|s| s.get("required"))
                        .and_then(Value::as_array)
                        .cloned()
                        .unwrap_or_default();
                    for (i, name_str) in list.iter().enumerate() {
                        if !props.contains_key(name_str) {
                            self.report(
                                format!("{at}/{i}"),
                                format!(
                                    "x-client-fills names `{name_str}`, which the request body does not have"
                                ),
                            );
                        } else if required.iter().any(|r| r == name_str) {
                            self.report(
                                format!("{at}/{i}"),
                                format!("x-client-fills names `{name_str}`, which is required; the client fills it only when the caller leaves it out, so make it optional"),
                            );
                        }
                    }
                }
            }
        }
    }

    /// `x-pagination`: its shape, and that `page` and `size` are query parameters (integers,
    /// not required) or JSON body properties of the operation.
    fn pagination(
        &mut self,
        paging: &'d Value,
        at: &str,
        params: &[&'d Value],
        body_props: Option<&'d Map<String, Value>>,
    ) {
        // The shape, as the generator reads it.
        if let Err(problems) = model::Pagination::parse(paging) {
            for (key, problem) in problems {
                self.report(
                    if key.is_empty() {
                        at.to_owned()
                    } else {
                        join(at, &key)
                    },
                    problem,
                );
            }
        }
        let Some(map) = paging.as_object() else { return };
        let text = |key: &str| map.get(key).and_then(Value::as_str).filter(|s| !s.is_empty());
        let page = text("page");
        for (key, name) in [("page", page), ("size", text("size"))] {
            let Some(name) = name else { continue };
            let param = params.iter().find(|p| {
                p.get("name").and_then(Value::as_str) == Some(name)
                    && p.get("in").and_then(Value::as_str) == Some("query")
            });
            let problem = match param {
                Some(p) if p.get("required") == Some(&Value::Bool(true)) => Some(format!(
                    "x-pagination `{key}` names `{name}`, which is required; the stream sets it, so make it optional"
                )),
                Some(_) => None,
                None if body_props.is_some_and(|b| b.contains_key(name)) => None,
                None => Some(format!(
                    "x-pagination `{key}` names `{name}`, which is neither a query parameter nor a body property"
                )),
            };
            if let Some(problem) = problem {
                self.report(join(at, key), problem);
            }
        }
    }

    /// The JSON Schema `$defs`: every component schema converted as written, and, for each
    /// lenient component, what its Rust type accepts (`__accepts_<Name>`); with what each
    /// lenient component accepts, in words.
    fn defs(&self) -> (Map<String, Value>, Lenient) {
        let mut defs = Map::new();
        let mut lenient = Lenient::new();
        for (name, schema) in self.components("schemas") {
            defs.insert(name.clone(), to_json_schema(schema));
            let rust = schema.get("x-rust-type").and_then(Value::as_str);
            if let Some((model, accepts)) = rust
                .and_then(parse_rust_type)
                .and_then(|(kind, item)| lenient_schema(kind, item))
            {
                defs.insert(format!("__accepts_{name}"), model);
                lenient.insert(
                    name.clone(),
                    (rust.unwrap_or_default().trim().to_owned(), accepts),
                );
            }
        }
        (defs, lenient)
    }

    /// Each lenient component's schema against what its Rust type accepts, on the sample
    /// values of [`lenient_samples`]: a value one accepts and the other refuses is a finding.
    fn check_lenient(&mut self, map: &ValidatorMap) {
        for (name, kind, item) in std::mem::take(&mut self.lenient_components) {
            let (Some(schema), Some(model)) = (
                map.get(&format!("#/$defs/{}", esc(&name))),
                map.get(&format!("#/$defs/__accepts_{}", esc(&name))),
            ) else {
                continue;
            };
            let rust = match &item {
                Some(item) => format!("::payspec::{kind}<{item}>"),
                None => format!("::payspec::{kind}"),
            };
            for sample in lenient_samples(&kind) {
                let (spec_says, rust_says) = (schema.is_valid(&sample), model.is_valid(&sample));
                if spec_says != rust_says {
                    let (yes, no) = if rust_says {
                        (rust.as_str(), "the schema")
                    } else {
                        ("the schema", rust.as_str())
                    };
                    self.report(
                        format!("/components/schemas/{}", esc(&name)),
                        format!("{yes} accepts {sample} but {no} does not: write the schema of specs/CONVENTIONS.md (\"Tolerant decoding\")"),
                    );
                }
            }
        }
    }

    fn validate_examples(&mut self) {
        let (mut defs, lenient) = self.defs();
        let lenient = Arc::new(lenient);
        let mut inline: HashMap<String, String> = HashMap::new();
        let mut targets = Vec::new();
        for example in &self.examples {
            let key = example.schema.to_string();
            let next = inline.len();
            let name = inline.entry(key).or_insert_with(|| {
                let name = format!("__example{next}");
                defs.insert(name.clone(), to_json_schema(&example.schema));
                name
            });
            targets.push(format!("#/$defs/{name}"));
        }
        let root = json!({ "$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": defs });
        let options = || {
            jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .should_validate_formats(true)
        };
        // Pass 1 without `x-json-text` gives the validators that pass 2's `x-json-text`
        // keyword checks JSON text against.
        let plain = match options().build_map(&root) {
            Ok(map) => Arc::new(map),
            Err(e) => {
                if !self.dangling {
                    self.report(
                        "/components/schemas",
                        format!("the schemas do not compile as JSON Schema: {e}"),
                    );
                }
                return;
            }
        };
        let keyword_map = Arc::clone(&plain);
        let keyword_lenient = Arc::clone(&lenient);
        let map = options()
            .with_keyword("x-json-text", move |_, value, _| {
                let item = value.as_str().unwrap_or_default().to_owned();
                Ok(Box::new(JsonTextKeyword {
                    map: Arc::clone(&keyword_map),
                    lenient: Arc::clone(&keyword_lenient),
                    target: format!("#/$defs/{}", esc(&item)),
                    item,
                }) as Box<dyn for<'i> Keyword<'i>>)
            })
            .build_map(&root);
        let map = match map {
            Ok(map) => map,
            Err(e) => {
                if !self.dangling {
                    self.report(
                        "/components/schemas",
                        format!("the schemas do not compile as JSON Schema: {e}"),
                    );
                }
                return;
            }
        };
        self.check_lenient(&map);
        let examples = std::mem::take(&mut self.examples);
        for (example, target) in examples.iter().zip(&targets) {
            let Some(validator) = map.get(target) else {
                if !self.dangling {
                    self.report(
                        example.pointer.clone(),
                        "its schema does not compile as JSON Schema",
                    );
                }
                continue;
            };
            let mut found = Vec::new();
            for error in validator.iter_errors(&example.value) {
                flatten(&error, &lenient, &mut found);
            }
            for (path, message) in found {
                self.report(format!("{}{path}", example.pointer), message);
            }
        }
    }
}

/// Lenient component name → (its `x-rust-type`, what that type accepts).
type Lenient = HashMap<String, (String, String)>;

/// One line per problem: `anyOf`/`oneOf` failures are replaced by the errors of the branch
/// that got furthest into the instance (ties: fewest errors, then the first branch), so that
/// a bad item of a `LenientList` or a wrong type under `nullable` reads like a plain error.
fn flatten(error: &ValidationError<'_>, lenient: &Lenient, out: &mut Vec<(String, String)>) {
    let context = match error.kind() {
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            Some(context)
        }
        _ => None,
    };
    if let Some(context) = context {
        let score = |branch: &Vec<ValidationError<'static>>| {
            let depth = branch
                .iter()
                .map(|e| e.instance_path().as_str().matches('/').count())
                .max()
                .unwrap_or(0);
            (depth, std::cmp::Reverse(branch.len()))
        };
        let mut best: Option<&Vec<ValidationError<'static>>> = None;
        for branch in context.iter().filter(|b| !b.is_empty()) {
            if best.is_none_or(|b| score(branch) > score(b)) {
                best = Some(branch);
            }
        }
        if let Some(branch) = best {
            for e in branch {
                flatten(e, lenient, out);
            }
            return;
        }
    }
    let mut message = error.to_string();
    let mut tokens = error.schema_path().as_str().split('/').skip(1);
    if let (Some("$defs"), Some(def)) = (tokens.next(), tokens.next())
        && let Some((rust, accepts)) = lenient.get(&unesc(def))
        && !matches!(error.kind(), ValidationErrorKind::Custom { .. })
    {
        message = format!("{} is not accepted by {rust} ({accepts})", error.instance());
    }
    let item = (error.instance_path().as_str().to_owned(), message);
    if !out.contains(&item) {
        out.push(item);
    }
}

/// `x-json-text: <Item>`: a string holding a JSON object or array must match `Item`.
struct JsonTextKeyword {
    map: Arc<ValidatorMap>,
    lenient: Arc<Lenient>,
    target: String,
    item: String,
}

impl JsonTextKeyword {
    fn problem(&self, instance: &Value) -> Option<String> {
        let text = instance.as_str()?;
        let trimmed = text.trim_start();
        if !(trimmed.starts_with('{') || trimmed.starts_with('[')) {
            return None;
        }
        let parsed: Value = serde_json::from_str(text).ok()?;
        let validator = self.map.get(&self.target)?;
        let mut found = Vec::new();
        for error in validator.iter_errors(&parsed) {
            flatten(&error, &self.lenient, &mut found);
        }
        let (path, message) = found.into_iter().next()?;
        Some(format!(
            "the JSON text does not match {} (at `{path}`: {message})",
            self.item
        ))
    }
}

impl<'i> Keyword<'i> for JsonTextKeyword {
    fn validate(&self, instance: &'i Value) -> Result<(), ValidationError<'i>> {
        match self.problem(instance) {
            Some(message) => Err(ValidationError::custom(message)),
            None => Ok(()),
        }
    }

    fn is_valid(&self, instance: &'i Value) -> bool {
        self.problem(instance).is_none()
    }
}

const DECIMAL: &str = r"\s*[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)\s*";

/// A JSON Schema of what the facade type `::payspec::<kind><<item>>` accepts when decoding,
/// and the same in words.
///
/// Written here, not derived with schemars: the facade types decode through hand-written
/// `Deserialize` impls (a number or its text, `""` as absent, a PHP keyed list as a list), and a
/// derived schema describes a type's serde shape, not those; it would be restated by hand in
/// `JsonSchema` impls in the published `payspec` crate instead, with a dependency the runtime
/// does not need. `Lint::check_lenient` compares each lenient component's spec schema with it
/// on [`lenient_samples`].
fn lenient_schema(kind: &str, item: Option<&str>) -> Option<(Value, String)> {
    let schema = lenient_json_schema(kind, item)?;
    let item = item.unwrap_or_default();
    let accepts = match kind {
        "Text" | "JsonText" => "a string, number or boolean".to_owned(),
        "NullableText" => "a string, number, boolean or null".to_owned(),
        "Int" => "an integer or a numeric string".to_owned(),
        "Decimal" | "DecimalNumber" => "a number or a decimal string such as \"1205.98\"".to_owned(),
        "NullableDecimal" => "a number, a decimal string, null, \"null\" or \"\"".to_owned(),
        "Flag" => "0, 1, true, false, \"0\", \"1\", \"true\" or \"false\"".to_owned(),
        "QueryFilter" => "an object of strings, numbers or booleans".to_owned(),
        "LenientList" => format!(
            "an array of {item}; null, false or \"\"; an object keyed by position; a {{\"status\": \"ok\"}} wrapper; one bare {item}"
        ),
        "LenientMap" => format!("an object or an array of {item}, or null"),
        "Single" => format!("one {item}, bare or as a one-element array"),
        _ => return None,
    };
    Some((schema, accepts))
}

/// Values on which a lenient component's schema and its Rust type must agree: what the type
/// accepts and what it refuses, whatever the item type.
fn lenient_samples(kind: &str) -> Vec<Value> {
    let common = [
        json!(null),
        json!([]),
        json!({}),
        json!(true),
        json!(false),
        json!(""),
    ];
    let specific = match kind {
        "Text" | "NullableText" => vec![json!("7927"), json!(7927), json!(12.5), json!("null")],
        "Int" => vec![
            json!(7),
            json!(-7),
            json!(7.0),
            json!("7"),
            json!(" 7 "),
            json!("7.5"),
            json!(7.5),
            json!("x"),
        ],
        "Decimal" | "DecimalNumber" | "NullableDecimal" => vec![
            json!("1205.98"),
            json!("1205,98"),
            json!(" -3 "),
            json!(1205.98),
            json!(7),
            json!("abc"),
            json!("null"),
            json!("1.2.3"),
        ],
        "Flag" => vec![
            json!(0),
            json!(1),
            json!(2),
            json!("0"),
            json!("1"),
            json!("true"),
            json!("false"),
            json!("yes"),
        ],
        "LenientList" | "LenientMap" | "Single" => {
            vec![json!(7), json!("x"), json!([[]]), json!({"status": "ok"})]
        }
        _ => vec![],
    };
    common.into_iter().chain(specific).collect()
}

fn lenient_json_schema(kind: &str, item: Option<&str>) -> Option<Value> {
    let text = json!({ "type": ["string", "number", "boolean"] });
    let item_name = item;
    let item = item.map(|i| json!({ "$ref": format!("#/$defs/{}", esc(i)) }));
    Some(match (kind, item) {
        ("Text", None) => text,
        ("NullableText", None) => json!({ "type": ["string", "number", "boolean", "null"] }),
        ("Int", None) => json!({ "type": ["integer", "string"], "pattern": r"^\s*[+-]?[0-9]+\s*$" }),
        ("Decimal" | "DecimalNumber", None) => {
            json!({ "type": ["number", "string"], "pattern": format!("^{DECIMAL}$") })
        }
        ("NullableDecimal", None) => json!({
            "type": ["number", "string", "null"],
            "pattern": format!("^({DECIMAL}|[nN][uU][lL][lL])?$"),
        }),
        ("Flag", None) => json!({
            "type": ["integer", "boolean", "string"],
            "minimum": 0,
            "maximum": 1,
            "pattern": r"^\s*(0|1|true|false)?\s*$",
        }),
        ("QueryFilter", None) => json!({ "type": "object", "additionalProperties": text }),
        ("LenientList", Some(item)) => json!({ "anyOf": [
            { "type": "array", "items": item },
            { "enum": [null, false, ""] },
            // a `{"status": "ok", "<key>": [...]}` wrapper
            {
                "type": "object",
                "required": ["status"],
                "properties": { "status": { "anyOf": [
                    { "type": "string", "pattern": r"^\s*([oO][kK]|[sS][uU][cC][cC][eE][sS][sS]|1|[tT][rR][uU][eE])\s*$" },
                    { "const": true },
                    { "const": 1 },
                ] } },
                "additionalProperties": { "anyOf": [
                    { "type": ["string", "number", "boolean", "null"] },
                    { "type": "array", "items": item },
                    { "type": "object" },
                ] },
            },
            // a PHP keyed list, `{"0": {...}, "1": {...}}`, scalar metadata beside
            {
                "type": "object",
                "propertyNames": { "pattern": "^[0-9]+$" },
                "additionalProperties": { "anyOf": [item, { "type": "null" }] },
            },
            {
                "type": "object",
                "minProperties": 1,
                "patternProperties": { "^[0-9]+$": { "anyOf": [item, { "type": "null" }] } },
                "additionalProperties": { "type": ["string", "number", "boolean", "null"] },
            },
            // a single bare item
            item,
        ] }),
        ("LenientMap", Some(item)) => json!({ "anyOf": [
            { "type": "object", "additionalProperties": item },
            { "type": "array", "items": item },
            { "type": "null" },
        ] }),
        ("Single", Some(item)) => json!({ "anyOf": [
            item,
            { "type": "array", "items": item, "minItems": 1, "maxItems": 1 },
        ] }),
        ("JsonText", Some(_)) => json!({
            "type": ["string", "number", "boolean"],
            "x-json-text": item_name.unwrap_or_default(),
        }),
        _ => return None,
    })
}

/// An OpenAPI 3.0 schema as JSON Schema 2020-12 (see the module documentation).
fn to_json_schema(schema: &Value) -> Value {
    let Value::Object(map) = schema else {
        return schema.clone();
    };
    if let Some(r) = map.get("$ref").and_then(Value::as_str) {
        let target = match r.strip_prefix("#/components/schemas/") {
            Some(name) => format!("#/$defs/{name}"),
            None => r.to_owned(),
        };
        return json!({ "$ref": target });
    }
    let mut out = Map::new();
    for (key, value) in map {
        match key.as_str() {
            "nullable" | "discriminator" | "xml" | "externalDocs" | "example" | "deprecated" => {}
            // JSON carried inside the text: its examples are checked against the component.
            "x-json-schema" => {
                if let Some(item) = value
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix("#/components/schemas/"))
                {
                    out.insert("x-json-text".to_owned(), Value::String(item.to_owned()));
                }
            }
            k if k.starts_with("x-") => {}
            "exclusiveMinimum" | "exclusiveMaximum" => {}
            "properties" => {
                let props = value
                    .as_object()
                    .map(|p| p.iter().map(|(k, v)| (k.clone(), to_json_schema(v))).collect())
                    .unwrap_or_default();
                out.insert(key.clone(), Value::Object(props));
            }
            "items" | "not" | "additionalProperties" => {
                out.insert(key.clone(), to_json_schema(value));
            }
            "allOf" | "anyOf" | "oneOf" => {
                let subs = value
                    .as_array()
                    .map(|s| s.iter().map(to_json_schema).collect())
                    .unwrap_or_default();
                out.insert(key.clone(), Value::Array(subs));
            }
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    for (flag, bound) in [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")] {
        if map.get(flag) == Some(&Value::Bool(true))
            && let Some(b) = out.remove(bound)
        {
            out.insert(flag.to_owned(), b);
        }
    }
    if map.get("nullable") == Some(&Value::Bool(true)) {
        match out.get_mut("type") {
            Some(Value::String(t)) => {
                let t = t.clone();
                out.insert("type".into(), json!([t, "null"]));
                if let Some(Value::Array(values)) = out.get_mut("enum")
                    && !values.contains(&Value::Null)
                {
                    values.push(Value::Null);
                }
            }
            _ => return json!({ "anyOf": [Value::Object(out), { "type": "null" }] }),
        }
    }
    Value::Object(out)
}
