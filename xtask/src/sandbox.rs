//! What `cargo xtask generate` writes for the sandbox (issue 22): the table of every operation
//! of every spec that the sandbox serves (`crates/sandbox/src/operations.rs`), and the test that
//! calls each of them through its provider's client (`tests/tests/generated/sandbox_operations.rs`,
//! the module of the test target `tests/tests/sandbox_operations.rs`).
//!
//! The sandbox is published without `specs/`, so what it needs of the specs is generated into
//! it: per operation its method and path, the required query parameters and body members (for
//! the provider's own refusal of missing input), the success status, media type and example
//! (the spec's `example`, or its first named example that is not a refusal), and which request
//! members the example echoes (a member of the same name at the top of the answer or under
//! `data`). The test's arguments are the spec's parameter and request body examples, typed by
//! the builder setters progenitor generates ([`crate::progenitor_output`]).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use quote::ToTokens;
use serde_json::Value;

/// The table's file, relative to the repository root.
pub const TABLE: &str = "crates/sandbox/src/operations.rs";
/// The generated test, relative to the repository root.
pub const TEST: &str = "tests/tests/generated/sandbox_operations.rs";

/// One operation as read from a spec.
struct Op {
    id: String,
    method: String,
    path: String,
    query: Vec<String>,
    body: Vec<String>,
    status: u16,
    content_type: String,
    example: Option<String>,
    echoes: Vec<String>,
    /// `(name, example)` of each parameter, then `("body", example)`.
    arguments: Vec<(String, Value)>,
}

/// The two files, `(path, text)`, for the specs under `root`.
pub fn files(root: &Path) -> Result<Vec<(&'static str, String)>, String> {
    let mut table = String::new();
    let mut test = String::new();
    let mut providers = Vec::new();
    for spec in crate::spec_files(root)? {
        let name = spec
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let file_name = spec
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let yaml =
            std::fs::read_to_string(&spec).map_err(|e| format!("cannot read {}: {e}", spec.display()))?;
        let doc = crate::model::Spec::parse(&file_name, &yaml)?.doc;
        let ops = operations(&doc).map_err(|e| format!("specs/{file_name}: {e}"))?;
        let setters = setters(&crate::progenitor_output(&file_name, &yaml)?);
        write_table(&mut table, &name, &ops);
        write_tests(&mut test, &name, &ops, &setters).map_err(|e| format!("specs/{file_name}: {e}"))?;
        providers.push(name);
    }
    let table = format!(
        "// @generated from specs/*.yaml by `cargo xtask generate` — do not edit.\n\
         //! Every operation of every spec, as the sandbox serves it (see [`crate::Operation`]).\n\n\
         use crate::{{Operation, Provider}};\n\n\
         /// Every operation of every spec, by provider ({}) and path.\n\
         pub const OPERATIONS: &[Operation] = &[\n{table}];\n",
        providers.join(", ")
    );
    let test = format!(
        "// @generated from specs/*.yaml by `cargo xtask generate` — do not edit.\n\
         //! Every operation of every spec, called through its provider's client against the\n\
         //! sandbox with the spec's examples as arguments, answers a success that decodes\n\
         //! (issue 22). `common::sandbox` prepares what a stateful operation needs (an\n\
         //! invoice to read, pay or refund) and overrides the example ids with its ids.\n\n\
         use crate::common::sandbox::{{Harness, arg, body}};\n\
         use payspec_sandbox::Provider;\n\n{test}"
    );
    let test = syn::parse_file(&test)
        .map(|file| prettyplease::unparse(&file))
        .map_err(|e| format!("{TEST}: generated code does not parse: {e}"))?;
    let test = format!(
        "// @generated from specs/*.yaml by `cargo xtask generate` — do not edit.\n{}",
        test.trim_start_matches("// @generated from specs/*.yaml by `cargo xtask generate` — do not edit.\n")
    );
    Ok(vec![(TABLE, table), (TEST, test)])
}

/// Writes (or with `check`, compares) the two files; `Ok(false)` when one is stale.
pub fn generate(root: &Path, check: bool) -> Result<bool, String> {
    let mut ok = true;
    for (path, text) in files(root)? {
        let target = root.join(path);
        let current = std::fs::read_to_string(&target).unwrap_or_default();
        if current == text {
            println!("{path}: unchanged");
        } else if check {
            let diff = similar::TextDiff::from_lines(&current, &text);
            print!(
                "{}",
                diff.unified_diff()
                    .context_radius(3)
                    .header(path, &format!("{path} (regenerated)"))
            );
            println!("{path}: STALE");
            ok = false;
        } else {
            std::fs::write(&target, text).map_err(|e| format!("cannot write {}: {e}", target.display()))?;
            println!("{path}: changed");
        }
    }
    Ok(ok)
}

/// Follows local `$ref`s (through the spec model's resolver; a reference that does not
/// resolve is kept as written).
fn resolve<'a>(doc: &'a Value, node: &'a Value) -> &'a Value {
    crate::model::resolve(doc, node).map_or(node, |r| r.value)
}

/// The `required` members of a body schema (through `$ref` and `allOf`).
fn required(doc: &Value, schema: &Value, out: &mut Vec<String>, props: &mut Vec<String>) {
    let schema = resolve(doc, schema);
    for name in schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(name) = name.as_str()
            && !out.iter().any(|n| n == name)
        {
            out.push(name.to_owned());
        }
    }
    for name in schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(k, _)| k)
    {
        if !props.contains(name) {
            props.push(name.clone());
        }
    }
    for part in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        required(doc, part, out, props);
    }
}

fn operations(doc: &Value) -> Result<Vec<Op>, String> {
    let mut ops = Vec::new();
    for operation in crate::model::operations(doc) {
        let (path, method, op) = (&operation.path, operation.method, operation.op);
        {
            let id = operation
                .id
                .ok_or_else(|| format!("{method} {path}: no operationId"))?
                .to_owned();
            let mut query = Vec::new();
            let mut arguments = Vec::new();
            let mut request_names = Vec::new();
            for param in operation.parameters(doc) {
                let name = param
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned();
                let place = param.get("in").and_then(Value::as_str).unwrap_or_default();
                let is_required = param.get("required").and_then(Value::as_bool).unwrap_or(false);
                if place == "query" && is_required {
                    query.push(name.clone());
                }
                if place == "query" || place == "path" {
                    request_names.push(name.trim_end_matches("[]").to_owned());
                }
                let example = param
                    .get("example")
                    .or_else(|| param.pointer("/schema/example"))
                    .or_else(|| resolve(doc, param.get("schema").unwrap_or(&Value::Null)).get("example"));
                if let Some(example) = example
                    && (is_required || place != "header")
                {
                    arguments.push((name.clone(), example.clone()));
                }
            }
            let mut body = Vec::new();
            if let Some(request) = op.get("requestBody") {
                let request = resolve(doc, request);
                if let Some((_, media)) = request
                    .get("content")
                    .and_then(Value::as_object)
                    .and_then(|c| c.iter().next())
                {
                    let mut props = Vec::new();
                    if let Some(schema) = media.get("schema") {
                        required(doc, schema, &mut body, &mut props);
                    }
                    request_names.extend(props);
                    let example = media.get("example").cloned().or_else(|| {
                        media
                            .get("examples")
                            .and_then(Value::as_object)
                            .and_then(|e| e.values().next())
                            .map(|e| resolve(doc, e).get("value").cloned().unwrap_or(Value::Null))
                    });
                    if let Some(example) = example {
                        arguments.push(("body".to_owned(), example));
                    }
                }
            }
            let responses = op
                .get("responses")
                .and_then(Value::as_object)
                .ok_or_else(|| format!("{id}: no responses"))?;
            let (status, response) = responses
                .iter()
                .find(|(code, _)| code.starts_with('2'))
                .ok_or_else(|| format!("{id}: no 2xx response"))?;
            let status: u16 = status.parse().map_err(|_| format!("{id}: status {status:?}"))?;
            let content = resolve(doc, response).get("content").and_then(Value::as_object);
            let mut content_type = String::new();
            let mut example = None;
            for (media_type, media) in content.into_iter().flatten() {
                let found = media.get("example").cloned().or_else(|| {
                    media
                        .get("examples")
                        .and_then(Value::as_object)
                        .into_iter()
                        .flatten()
                        .find(|(name, _)| !(name.as_str() == "refused" || name.starts_with("refused_")))
                        .and_then(|(_, e)| resolve(doc, e).get("value").cloned())
                });
                if content_type.is_empty() || found.is_some() && example.is_none() {
                    content_type = media_type.clone();
                }
                if example.is_none() {
                    example = found;
                }
                // A binary answer (an export) is the first media type; its JSON twin is the refusal.
                if media.pointer("/schema/format").and_then(Value::as_str) == Some("binary") {
                    content_type = media_type.clone();
                    break;
                }
            }
            let echoes = example
                .as_ref()
                .map(|e| echoes(e, &request_names))
                .unwrap_or_default();
            ops.push(Op {
                id,
                method: method.to_uppercase(),
                path: path.clone(),
                query,
                body,
                status,
                content_type,
                example: example.map(|e| e.to_string()),
                echoes,
                arguments,
            });
        }
    }
    Ok(ops)
}

/// The request members that `example` carries by the same name, at its top or under `data`,
/// as JSON pointers.
fn echoes(example: &Value, request: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for (prefix, object) in [
        ("", example.as_object()),
        ("/data", example.get("data").and_then(Value::as_object)),
    ] {
        for name in request {
            if let Some(value) = object.and_then(|o| o.get(name))
                && (value.is_string() || value.is_number())
            {
                let pointer = format!("{prefix}/{name}");
                if !out.contains(&pointer) {
                    out.push(pointer);
                }
            }
        }
    }
    out
}

fn list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
    format!("&[{}]", quoted.join(", "))
}

fn variant(provider: &str) -> String {
    let mut chars = provider.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn write_table(out: &mut String, provider: &str, ops: &[Op]) {
    for op in ops {
        let example = match &op.example {
            Some(e) => format!("Some({})", raw(e)),
            None => "None".to_owned(),
        };
        let _ = write!(
            out,
            "    Operation {{\n        provider: Provider::{},\n        id: {:?},\n        method: {:?},\n        \
             path: {:?},\n        query: {},\n        body: {},\n        status: {},\n        content_type: {:?},\n        \
             example: {example},\n        echoes: {},\n    }},\n",
            variant(provider),
            op.id,
            op.method,
            op.path,
            list(&op.query),
            list(&op.body),
            op.status,
            op.content_type,
            list(&op.echoes),
        );
    }
}

/// A raw string literal holding `text`.
fn raw(text: &str) -> String {
    let mut hashes = String::from("#");
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    format!("r{hashes}\"{text}\"{hashes}")
}

/// Per builder (by its struct name), its setters: `(setter, target type as Rust text)`.
fn setters(file: &syn::File) -> BTreeMap<String, Vec<(String, String)>> {
    let mut out: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let builder = file.items.iter().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "builder" => m.content.as_ref().map(|(_, items)| items),
        _ => None,
    });
    for item in builder.into_iter().flatten() {
        let syn::Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let syn::Type::Path(ty) = &*imp.self_ty else {
            continue;
        };
        let Some(name) = ty.path.segments.last().map(|s| s.ident.to_string()) else {
            continue;
        };
        for item in &imp.items {
            let syn::ImplItem::Fn(f) = item else { continue };
            let setter = f.sig.ident.to_string();
            if setter == "new" || setter.ends_with("_map") || f.sig.generics.params.len() != 1 {
                continue;
            }
            let Some(clause) = &f.sig.generics.where_clause else {
                continue;
            };
            let target = clause.predicates.iter().find_map(|p| match p {
                syn::WherePredicate::Type(t) => t.bounds.iter().find_map(|b| match b {
                    syn::TypeParamBound::Trait(tr) => {
                        let last = tr.path.segments.last()?;
                        if last.ident != "TryInto" {
                            return None;
                        }
                        match &last.arguments {
                            syn::PathArguments::AngleBracketed(a) => {
                                a.args.first().map(|a| a.to_token_stream().to_string())
                            }
                            _ => None,
                        }
                    }
                    _ => None,
                }),
                _ => None,
            });
            if let Some(target) = target {
                out.entry(name.clone()).or_default().push((setter, target));
            }
        }
    }
    out
}

fn normalized(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn pascal(id: &str) -> String {
    id.split('_').map(variant).collect()
}

fn write_tests(
    out: &mut String,
    provider: &str,
    ops: &[Op],
    setters: &BTreeMap<String, Vec<(String, String)>>,
) -> Result<(), String> {
    let krate = format!("payspec_{provider}");
    for op in ops {
        let builder = pascal(&op.id);
        let own = setters.get(&builder).map(Vec::as_slice).unwrap_or_default();
        let mut calls = String::new();
        for (setter, target) in own {
            let Some((name, example)) = op
                .arguments
                .iter()
                .find(|(name, _)| normalized(name) == normalized(setter))
            else {
                continue;
            };
            let target = target
                .replace("crate :: generated :: types ::", "\u{0}")
                .replace("types ::", "\u{0}")
                .replace('\u{0}', &format!("{krate} :: types ::"));
            let helper = if setter == "body" { "body" } else { "arg" };
            let _ = write!(
                calls,
                ".{setter}({helper}::<{target}>(&over, {name:?}, {}))",
                raw(&example.to_string())
            );
        }
        let _ = write!(
            out,
            "/// `{} {}` (`{}`).\n#[tokio::test]\nasync fn {provider}_{}() {{\n    \
             let harness = Harness::start(Provider::{}, {:?}).await;\n    {}\
             let client = harness.{provider}();\n    let answer = client.{}(){calls}.await;\n    \
             harness.decoded(answer);\n}}\n\n",
            op.method,
            op.path,
            op.id,
            op.id,
            variant(provider),
            op.id,
            if calls.is_empty() {
                ""
            } else {
                "let over = harness.overrides.clone();\n    "
            },
            op.id
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn echoes_are_request_members_of_the_same_name_at_the_top_or_under_data() {
        let request = ["method".to_owned(), "id".to_owned(), "page".to_owned()];
        let top = json!({"method": "BTC", "name": "x", "page": {"n": 1}});
        assert_eq!(echoes(&top, &request), ["/method"]);
        let enveloped = json!({"data": {"id": "u-1", "amount": 5}, "extendedData": []});
        assert_eq!(echoes(&enveloped, &request), ["/data/id"]);
        assert!(echoes(&json!([{"id": "1"}]), &request).is_empty());
    }

    #[test]
    fn raw_literals_survive_quotes_and_hashes() {
        assert_eq!(raw(r#"{"a":"b"}"#), "r#\"{\"a\":\"b\"}\"#");
        assert_eq!(raw(r##"x"#y"##), "r##\"x\"#y\"##");
    }

    #[test]
    fn setters_match_parameters_by_their_letters() {
        assert_eq!(normalized("status[]"), normalized("status"));
        assert_eq!(normalized("vatNumber"), normalized("vat_number"));
        assert_eq!(pascal("invoice_start_payment"), "InvoiceStartPayment");
    }
}
