//! `cargo xtask coverage`: every parameter and field of each seed's tables, and whether its spec
//! has it.
//!
//! The seeds are the provider documents the specs are transcribed from. They are not part of
//! the repository: for each seed `<stem>.txt` the repository holds a hand-written data file
//! `coverage/<stem>.yaml` that lists every item of the seed's tables and where the spec must
//! have it. Every run checks that each listed item is in its spec. When the environment
//! variable `PAYSPEC_SEEDS` names the folder of the seed texts (CI sets it), the lists are also
//! cross-checked against them: every item must occur in its seed and every seed must have a
//! data file. Without it that cross-check is skipped, and the report says so.
//!
//!
//! ```yaml
//! seed: 001_e438a2b161227af5.txt      # file name in the seeds directory; must be <stem>.txt
//! spec: onebox.yaml                   # file name in specs/
//! notes: |                            # optional: how the entries were chosen
//!   ...
//! entries:
//!   - table: "Add payment, method: /api/payment/add/ — parameters"   # the seed table
//!     item: sum                       # as the seed names it; must occur in the seed text
//!     where: {operation: payment_add, parameter: sum}
//!     note: optional free text
//! ```
//!
//! # Kinds of `where`
//!
//! Wherever a name is expected below, a list of names may be given instead: all must be present.
//!
//! | keys | present when |
//! |---|---|
//! | `path` (+ `method`) | `paths` has the path (and the path item has the lowercase method) |
//! | `operation` / `operations` | an operation with this `operationId` exists (each, for a list) |
//! | `operation` + `parameter` | the operation, or its path item, has a parameter (query, path, header, cookie) of this name; `$ref`s to `components/parameters` are followed |
//! | `operation` + `body-property` | a property of the request body's schema (any media type: JSON or form) |
//! | `operation` + `response-property` (+ `response`, default `"200"`) | a property of that response's schema (`application/json`, else the first media type) |
//! | `operation` + `response` | the operation declares that response (`"200"`, `"4XX"`, ...) |
//! | `schema` | `components/schemas` has the schema |
//! | `schema` + `property` | a property of the component schema |
//! | `schema` + `known-message` | the schema's `x-known-messages` lists the message (as a `message:` member or a plain string) |
//! | `credential` | a `components/securitySchemes` key, the `name` of an `apiKey` scheme, or the `name` of a root `x-auth` entry: credentials the client injects and the specs keep out of parameters and bodies |
//! | `mentions` alone | `info.description` contains the text |
//!
//! Property names are dotted paths into nested objects (`payment_info.device_info.surface`).
//! Each step follows `$ref`s, looks through `allOf` / `oneOf` / `anyOf` members, steps into the
//! `items` of arrays, and into the component named in an `x-rust-type` wrapper
//! (`::payspec::Single<Invoice>`, `LenientList<Payment>`, `JsonText<InvoiceServiceName>`).
//!
//! Two modifiers narrow a located parameter, property or schema further:
//!
//! - `enum-value: V`: the value is in the `enum` of its schema (through `$ref`s and the `items`
//!   of an array), for a value list the seed gives (`direction`: `fromclient`, `toclient`);
//! - `mentions: TEXT`: its description (or the operation's summary and description, or
//!   `info.description` when nothing else is named) contains the text, runs of white space
//!   counting as one space; for values of a free-form parameter that no `enum` can express (a
//!   comma-separated status list).
//!
//! # Output and result
//!
//! Per seed: each entry with ✓ or ✗, its table and item and where it was found or what is
//! missing, then `<seed>: N/M (P%)` (rounded down, so never 100% while something is missing).
//! `Ok(false)` when a seed is below 100% or has no data file. `Err`, before anything is
//! printed, when a data file is malformed: not YAML, unknown or misplaced keys, an item that
//! does not occur in the seed (compared with runs of white space as one space), a duplicate
//! entry, a seed or spec that does not exist. Both make `cargo xtask coverage` exit non-zero.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::model;

/// The folder of the seed texts: `$PAYSPEC_SEEDS`, when it is set.
pub fn seeds_dir() -> Option<PathBuf> {
    std::env::var_os("PAYSPEC_SEEDS")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// Runs the command on stdout; `Ok(false)` means it found problems.
pub fn run(root: &Path) -> Result<bool, String> {
    let seeds = seeds_dir();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    check(root, seeds.as_deref(), &mut out)
}

/// Checks every data file `root/coverage/<stem>.yaml` against the spec it names and, with
/// `seeds`, against the seed texts there, writing the report to `out`.
pub fn check(root: &Path, seeds: Option<&Path>, out: &mut dyn Write) -> Result<bool, String> {
    let coverage_dir = root.join("coverage");
    let data_files = if coverage_dir.is_dir() {
        list(&coverage_dir, "yaml").map_err(|e| format!("{}: {e}", coverage_dir.display()))?
    } else {
        Vec::new()
    };
    let seed_files = match seeds {
        Some(seeds) => {
            let files = list(seeds, "txt")
                .map_err(|e| format!("seeds directory {} (PAYSPEC_SEEDS): {e}", seeds.display()))?;
            if files.is_empty() {
                return Err(format!(
                    "seeds directory {} (PAYSPEC_SEEDS): no .txt seeds",
                    seeds.display()
                ));
            }
            files
        }
        None => data_files.clone(),
    };

    // Every data file is read and validated before anything is reported.
    let mut data = Vec::new();
    for stem in &data_files {
        let rel = format!("coverage/{stem}.yaml");
        let seed = seeds.map(|dir| (dir, seed_files.as_slice()));
        let file = load_data(root, seed, stem).map_err(|e| format!("{rel}: {e}"))?;
        data.push(file);
    }

    let io = |e: std::io::Error| e.to_string();
    let mut incomplete = 0;
    for stem in &seed_files {
        let seed = format!("{stem}.txt");
        let Some(file) = data.iter().find(|d| &d.stem == stem) else {
            writeln!(out, "{seed}").map_err(io)?;
            writeln!(
                out,
                "  ✗ no data file coverage/{stem}.yaml lists the items of this seed"
            )
            .map_err(io)?;
            writeln!(out, "{seed}: 0/0 (0%)").map_err(io)?;
            incomplete += 1;
            continue;
        };
        writeln!(out, "{seed} → specs/{}", file.spec_name).map_err(io)?;
        let mut covered = 0;
        for entry in &file.entries {
            let (mark, detail) = match locate(&file.spec, &entry.place) {
                Ok(found) => {
                    covered += 1;
                    ("✓", found)
                }
                Err(missing) => ("✗", format!("MISSING: {missing}")),
            };
            writeln!(out, "  {mark} [{}] {} — {detail}", entry.table, entry.item).map_err(io)?;
        }
        let total = file.entries.len();
        writeln!(out, "{seed}: {covered}/{total} ({})", percent(covered, total)).map_err(io)?;
        if covered < total {
            incomplete += 1;
        }
    }
    let seeds_total = seed_files.len();
    if seeds.is_none() {
        writeln!(
            out,
            "coverage: SKIPPED the cross-check against the seed texts: PAYSPEC_SEEDS is not set (the lists in coverage/ were checked against the specs only)"
        )
        .map_err(io)?;
    }
    if incomplete == 0 {
        writeln!(
            out,
            "coverage: every item of the {seeds_total} seeds is in its spec"
        )
        .map_err(io)?;
    } else {
        writeln!(out, "coverage: {incomplete} of {seeds_total} seeds below 100%").map_err(io)?;
    }
    Ok(incomplete == 0)
}

/// `covered / total` as a percentage rounded down to one decimal, so that it never shows 100
/// while something is missing.
fn percent(covered: usize, total: usize) -> String {
    if total == 0 {
        return "0%".into();
    }
    if covered == total {
        return "100%".into();
    }
    let tenths = covered * 1000 / total;
    format!("{}.{}%", tenths / 10, tenths % 10)
}

/// The stems of the files with extension `ext` in `dir`, sorted.
fn list(dir: &Path, ext: &str) -> std::io::Result<Vec<String>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_file()
            && path.extension().and_then(|e| e.to_str()) == Some(ext)
            && let Some(stem) = path.file_stem().and_then(|s| s.to_str())
        {
            out.push(stem.to_owned());
        }
    }
    out.sort();
    Ok(out)
}

// ------------------------------------------------------------------------------------- data

struct DataFile {
    stem: String,
    spec_name: String,
    spec: Value,
    entries: Vec<Entry>,
}

struct Entry {
    table: String,
    item: String,
    place: Where,
}

/// A parsed `where`.
#[derive(Debug, PartialEq)]
struct Where {
    target: Target,
    enum_value: Option<String>,
    mentions: Option<String>,
}

#[derive(Debug, PartialEq)]
enum Target {
    /// Only `mentions`: `info.description`.
    Root,
    Path {
        path: String,
        method: Option<String>,
    },
    Operations(Vec<String>),
    Parameter {
        op: String,
        names: Vec<String>,
    },
    Body {
        op: String,
        paths: Vec<String>,
    },
    Response {
        op: String,
        codes: Vec<String>,
    },
    ResponseProperty {
        op: String,
        code: String,
        paths: Vec<String>,
    },
    Schema(String),
    Property {
        schema: String,
        paths: Vec<String>,
    },
    KnownMessage {
        schema: String,
        message: String,
    },
    Credential(Vec<String>),
}

/// Reads `coverage/<stem>.yaml`; with `seeds` (the folder and its seed stems), every item must
/// occur in the seed's text.
fn load_data(root: &Path, seeds: Option<(&Path, &[String])>, stem: &str) -> Result<DataFile, String> {
    let path = root.join("coverage").join(format!("{stem}.yaml"));
    let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
    let doc: Value = model::parse_json(&text).map_err(|e| format!("not valid YAML: {e}"))?;
    let map = doc.as_object().ok_or("the document must be a mapping")?;
    for key in map.keys() {
        if !["seed", "spec", "notes", "entries"].contains(&key.as_str()) {
            return Err(format!(
                "unknown key `{key}` (expected seed, spec, notes, entries)"
            ));
        }
    }
    let seed = string_at(map.get("seed"), "seed")?;
    if seed != format!("{stem}.txt") {
        return Err(format!(
            "names seed `{seed}`, but the file is named for `{stem}.txt`"
        ));
    }
    let seed_text = match seeds {
        Some((dir, stems)) => {
            if !stems.iter().any(|s| s == stem) {
                return Err(format!("seed `{seed}` does not exist in {}", dir.display()));
            }
            let text = std::fs::read(dir.join(&seed)).map_err(|e| format!("seed `{seed}`: {e}"))?;
            Some(squash_spaces(&String::from_utf8_lossy(&text)))
        }
        None => None,
    };
    if let Some(notes) = map.get("notes") {
        notes.as_str().ok_or("`notes` must be a string")?;
    }

    let spec_name = string_at(map.get("spec"), "spec")?;
    if spec_name.contains('/') || spec_name.contains('\\') {
        return Err(format!(
            "spec `{spec_name}`: give the file name in specs/, not a path"
        ));
    }
    let spec_path = root.join("specs").join(&spec_name);
    let spec_text = std::fs::read_to_string(&spec_path)
        .map_err(|e| format!("spec `specs/{spec_name}` cannot be read: {e}"))?;
    let spec =
        model::parse_json(&spec_text).map_err(|e| format!("specs/{spec_name}: not valid YAML: {e}"))?;

    let list = map
        .get("entries")
        .and_then(Value::as_array)
        .ok_or("`entries` must be a list")?;
    if list.is_empty() {
        return Err("`entries` is empty".into());
    }
    let mut entries = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, raw) in list.iter().enumerate() {
        let n = i + 1;
        let entry = parse_entry(raw).map_err(|e| format!("entry {n}: {e}"))?;
        if seed_text
            .as_ref()
            .is_some_and(|t| !t.contains(&squash_spaces(&entry.item)))
        {
            return Err(format!(
                "entry {n} ([{}] {}): the item does not occur in the seed; give it as the seed writes it",
                entry.table, entry.item
            ));
        }
        let key = (
            entry.table.clone(),
            entry.item.clone(),
            format!("{:?}", entry.place),
        );
        if !seen.insert(key) {
            return Err(format!(
                "entry {n} ([{}] {}): duplicate entry",
                entry.table, entry.item
            ));
        }
        entries.push(entry);
    }
    Ok(DataFile {
        stem: stem.to_owned(),
        spec_name,
        spec,
        entries,
    })
}

fn squash_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn string_at(v: Option<&Value>, key: &str) -> Result<String, String> {
    match v {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
        Some(_) => Err(format!("`{key}` must be a non-empty string")),
        None => Err(format!("`{key}` is missing")),
    }
}

/// A name or a non-empty list of names.
fn names_at(v: Option<&Value>, key: &str) -> Result<Vec<String>, String> {
    match v {
        Some(Value::Array(items)) if !items.is_empty() => items
            .iter()
            .map(|i| string_at(Some(i), key))
            .collect::<Result<Vec<_>, _>>(),
        Some(Value::Array(_)) => Err(format!("`{key}` is an empty list")),
        other => Ok(vec![string_at(other, key)?]),
    }
}

fn scalar_at(v: Option<&Value>, key: &str) -> Result<String, String> {
    match v {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(v @ (Value::Number(_) | Value::Bool(_))) => Ok(v.to_string()),
        _ => Err(format!("`{key}` must be a scalar")),
    }
}

fn parse_entry(raw: &Value) -> Result<Entry, String> {
    let map = raw.as_object().ok_or("an entry must be a mapping")?;
    for key in map.keys() {
        if !["table", "item", "where", "note"].contains(&key.as_str()) {
            return Err(format!("unknown key `{key}` (expected table, item, where, note)"));
        }
    }
    let table = string_at(map.get("table"), "table")?;
    let item = string_at(map.get("item"), "item")
        .map_err(|e| format!("{e} (quote items YAML would read as numbers or booleans)"))?;
    if let Some(note) = map.get("note") {
        note.as_str().ok_or("`note` must be a string")?;
    }
    let place = map.get("where").ok_or("`where` is missing")?;
    let place = parse_where(place).map_err(|e| format!("[{table}] {item}: where: {e}"))?;
    Ok(Entry { table, item, place })
}

fn parse_where(raw: &Value) -> Result<Where, String> {
    let map = raw.as_object().ok_or("must be a mapping")?;
    let has = |k: &str| map.contains_key(k);
    // The keys a kind allows; anything else is an error naming the kind.
    let only = |kind: &str, allowed: &[&str]| -> Result<(), String> {
        match map.keys().find(|k| !allowed.contains(&k.as_str())) {
            Some(k) => Err(format!(
                "`{k}` does not go with {kind} (allowed: {})",
                allowed.join(", ")
            )),
            None => Ok(()),
        }
    };
    let one = |k: &str| string_at(map.get(k), k);
    let many = |k: &str| names_at(map.get(k), k);
    let target = if has("credential") {
        only("credential", &["credential", "mentions"])?;
        Target::Credential(many("credential")?)
    } else if has("path") {
        only("path", &["path", "method", "mentions"])?;
        let method = match map.get("method") {
            Some(m) => Some(string_at(Some(m), "method")?.to_ascii_lowercase()),
            None => None,
        };
        Target::Path {
            path: one("path")?,
            method,
        }
    } else if has("operations") {
        only("operations", &["operations", "mentions"])?;
        Target::Operations(many("operations")?)
    } else if has("operation") {
        let op = one("operation")?;
        if has("parameter") {
            only("parameter", &["operation", "parameter", "enum-value", "mentions"])?;
            Target::Parameter {
                op,
                names: many("parameter")?,
            }
        } else if has("body-property") {
            only(
                "body-property",
                &["operation", "body-property", "enum-value", "mentions"],
            )?;
            Target::Body {
                op,
                paths: many("body-property")?,
            }
        } else if has("response-property") {
            let allowed = [
                "operation",
                "response",
                "response-property",
                "enum-value",
                "mentions",
            ];
            only("response-property", &allowed)?;
            let code = match map.get("response") {
                Some(c) => scalar_at(Some(c), "response")?,
                None => "200".into(),
            };
            Target::ResponseProperty {
                op,
                code,
                paths: many("response-property")?,
            }
        } else if has("response") {
            only("response", &["operation", "response", "mentions"])?;
            let codes = match map.get("response") {
                Some(Value::Array(items)) if !items.is_empty() => items
                    .iter()
                    .map(|c| scalar_at(Some(c), "response"))
                    .collect::<Result<Vec<_>, _>>()?,
                other => vec![scalar_at(other, "response")?],
            };
            Target::Response { op, codes }
        } else {
            only("operation", &["operation", "mentions"])?;
            Target::Operations(vec![op])
        }
    } else if has("schema") {
        let schema = one("schema")?;
        if has("known-message") {
            only("known-message", &["schema", "known-message"])?;
            Target::KnownMessage {
                schema,
                message: one("known-message")?,
            }
        } else if has("property") {
            only("property", &["schema", "property", "enum-value", "mentions"])?;
            Target::Property {
                schema,
                paths: many("property")?,
            }
        } else {
            only("schema", &["schema", "enum-value", "mentions"])?;
            Target::Schema(schema)
        }
    } else if has("mentions") {
        only("mentions", &["mentions"])?;
        Target::Root
    } else {
        return Err("names no location (one of path, operation(s), schema, credential, mentions)".into());
    };
    let enum_value = match map.get("enum-value") {
        Some(v) => Some(scalar_at(Some(v), "enum-value")?),
        None => None,
    };
    let mentions = match map.get("mentions") {
        Some(v) => Some(string_at(Some(v), "mentions")?),
        None => None,
    };
    Ok(Where {
        target,
        enum_value,
        mentions,
    })
}

// ------------------------------------------------------------------------------------- spec

/// A place in the spec that was found: what to print, and the schema-ish values that the
/// modifiers (`enum-value`, `mentions`) look at.
struct Found<'a> {
    what: String,
    values: Vec<&'a Value>,
}

/// Where the spec has the target, or why it does not.
fn locate(spec: &Value, place: &Where) -> Result<String, String> {
    let found = locate_target(spec, &place.target)?;
    let mut what = found.what;
    if let Some(wanted) = &place.enum_value {
        for v in &found.values {
            let values = enum_values(spec, v, 0);
            if !values.iter().any(|x| x == wanted) {
                return Err(format!(
                    "{what}: enum has no value `{wanted}` (has: {})",
                    if values.is_empty() {
                        "no enum".to_owned()
                    } else {
                        values.join(", ")
                    }
                ));
            }
        }
        what = format!("{what}, enum value `{wanted}`");
    }
    if let Some(text) = &place.mentions {
        for v in &found.values {
            let mut descriptions = String::new();
            collect_descriptions(spec, v, &mut descriptions, 0);
            if !squash_spaces(&descriptions).contains(&squash_spaces(text)) {
                return Err(format!("{what}: the description does not mention {text:?}"));
            }
        }
        what = format!("{what}, description mentions {text:?}");
    }
    Ok(what)
}

fn locate_target<'a>(spec: &'a Value, target: &Target) -> Result<Found<'a>, String> {
    match target {
        Target::Root => Ok(Found {
            what: "info.description".into(),
            values: spec.get("info").into_iter().collect(),
        }),
        Target::Path { path, method } => {
            let item = spec
                .get("paths")
                .and_then(|p| p.get(path))
                .ok_or_else(|| format!("no path `{path}`"))?;
            match method {
                None => Ok(Found {
                    what: format!("path `{path}`"),
                    values: vec![item],
                }),
                Some(m) => {
                    let op = item
                        .get(m)
                        .ok_or_else(|| format!("path `{path}` has no {m} operation"))?;
                    let id = op.get("operationId").and_then(Value::as_str).unwrap_or("?");
                    Ok(Found {
                        what: format!("{} {path} (operation {id})", m.to_uppercase()),
                        values: vec![op],
                    })
                }
            }
        }
        Target::Operations(ids) => {
            let mut values = Vec::new();
            for id in ids {
                let op = operation(spec, id)?;
                values.push(op.op);
            }
            let plural = if ids.len() == 1 { "" } else { "s" };
            Ok(Found {
                what: format!("operation{plural} {}", ids.join(", ")),
                values,
            })
        }
        Target::Parameter { op, names } => {
            let o = operation(spec, op)?;
            let mut values = Vec::new();
            let mut places = Vec::new();
            for name in names {
                let p = o
                    .parameters(spec)
                    .into_iter()
                    .find(|p| p.get("name").and_then(Value::as_str) == Some(name.as_str()))
                    .ok_or_else(|| format!("operation {op} has no parameter `{name}`"))?;
                let location = p.get("in").and_then(Value::as_str).unwrap_or("?");
                places.push(format!("{location} parameter `{name}`"));
                values.push(p);
            }
            Ok(Found {
                what: format!("{op}: {}", places.join(", ")),
                values,
            })
        }
        Target::Body { op, paths } => {
            let o = operation(spec, op)?;
            let body =
                o.op.get("requestBody")
                    .ok_or_else(|| format!("operation {op} has no request body"))?;
            let (body, _) = deref(spec, body)?;
            let schemas = media_schemas(body);
            if schemas.is_empty() {
                return Err(format!("operation {op}: the request body has no schema"));
            }
            let mut values = Vec::new();
            let mut places = Vec::new();
            for path in paths {
                let mut last_err = String::new();
                let mut hit = None;
                for (media, schema) in &schemas {
                    match property_path(spec, schema, None, path) {
                        Ok((v, owner)) => {
                            hit = Some((v, format!("body ({media}) property `{path}` ({owner})")));
                            break;
                        }
                        Err(e) => last_err = e,
                    }
                }
                let (v, place) = hit.ok_or_else(|| format!("operation {op}, request body: {last_err}"))?;
                values.push(v);
                places.push(place);
            }
            Ok(Found {
                what: format!("{op}: {}", places.join(", ")),
                values,
            })
        }
        Target::Response { op, codes } => {
            let o = operation(spec, op)?;
            let mut values = Vec::new();
            for code in codes {
                let r =
                    o.op.get("responses")
                        .and_then(|r| r.get(code))
                        .ok_or_else(|| format!("operation {op} declares no `{code}` response"))?;
                values.push(deref(spec, r)?.0);
            }
            Ok(Found {
                what: format!("{op}: response {}", codes.join(", ")),
                values,
            })
        }
        Target::ResponseProperty { op, code, paths } => {
            let o = operation(spec, op)?;
            let response =
                o.op.get("responses")
                    .and_then(|r| r.get(code))
                    .ok_or_else(|| format!("operation {op} declares no `{code}` response"))?;
            let (response, _) = deref(spec, response)?;
            let schemas = media_schemas(response);
            let (media, schema) = schemas
                .iter()
                .find(|(m, _)| *m == "application/json")
                .or(schemas.first())
                .ok_or_else(|| format!("operation {op}: the `{code}` response has no schema"))?;
            let mut values = Vec::new();
            let mut places = Vec::new();
            for path in paths {
                let (v, owner) = property_path(spec, schema, None, path)
                    .map_err(|e| format!("operation {op}, response {code}: {e}"))?;
                values.push(v);
                places.push(format!("`{path}` ({owner})"));
            }
            Ok(Found {
                what: format!("{op}: response {code} ({media}) {}", places.join(", ")),
                values,
            })
        }
        Target::Schema(name) => Ok(Found {
            what: format!("schema {name}"),
            values: vec![component(spec, name)?],
        }),
        Target::Property { schema, paths } => {
            let (name, s) = component_named(spec, schema)?;
            let mut values = Vec::new();
            let mut places = Vec::new();
            for path in paths {
                let (v, owner) =
                    property_path(spec, s, Some(name), path).map_err(|e| format!("schema {schema}: {e}"))?;
                values.push(v);
                places.push(format!("`{path}` ({owner})"));
            }
            Ok(Found {
                what: format!("schema {schema} property {}", places.join(", ")),
                values,
            })
        }
        Target::KnownMessage { schema, message } => {
            let (s, _) = deref(spec, component(spec, schema)?)?;
            let known = s
                .get("x-known-messages")
                .and_then(Value::as_array)
                .ok_or_else(|| format!("schema {schema} has no x-known-messages"))?;
            let listed = known.iter().any(|k| {
                k.as_str().or_else(|| k.get("message").and_then(Value::as_str)) == Some(message.as_str())
            });
            if !listed {
                return Err(format!(
                    "schema {schema}: x-known-messages does not list {message:?}"
                ));
            }
            Ok(Found {
                what: format!("schema {schema} x-known-messages {message:?}"),
                values: vec![s],
            })
        }
        Target::Credential(names) => {
            let mut values = Vec::new();
            let mut places = Vec::new();
            for name in names {
                let (v, place) = credential(spec, name)?;
                values.push(v);
                places.push(place);
            }
            Ok(Found {
                what: places.join(", "),
                values,
            })
        }
    }
}

/// The operation `id` of the spec.
fn operation<'a>(spec: &'a Value, id: &str) -> Result<model::Operation<'a, Value>, String> {
    model::operations(spec)
        .into_iter()
        .find(|o| o.id == Some(id))
        .ok_or_else(|| format!("no operation `{id}`"))
}

fn component<'a>(spec: &'a Value, name: &str) -> Result<&'a Value, String> {
    component_named(spec, name).map(|(_, v)| v)
}

/// The schema and its name, borrowed from the spec.
fn component_named<'a>(spec: &'a Value, name: &str) -> Result<(&'a str, &'a Value), String> {
    spec.pointer("/components/schemas")
        .and_then(Value::as_object)
        .and_then(|s| s.get_key_value(name))
        .map(|(k, v)| (k.as_str(), v))
        .ok_or_else(|| format!("no schema `{name}` in components.schemas"))
}

fn credential<'a>(spec: &'a Value, name: &str) -> Result<(&'a Value, String), String> {
    let schemes = spec
        .pointer("/components/securitySchemes")
        .and_then(Value::as_object);
    for (key, scheme) in schemes.into_iter().flatten() {
        let api_key_name = scheme.get("name").and_then(Value::as_str);
        let is_api_key = scheme.get("type").and_then(Value::as_str) == Some("apiKey");
        if key == name || (is_api_key && api_key_name == Some(name)) {
            let kind = scheme.get("type").and_then(Value::as_str).unwrap_or("?");
            let detail = match kind {
                "apiKey" => format!(
                    "apiKey in {} `{}`",
                    scheme.get("in").and_then(Value::as_str).unwrap_or("?"),
                    api_key_name.unwrap_or("?")
                ),
                "http" => format!(
                    "http {}",
                    scheme.get("scheme").and_then(Value::as_str).unwrap_or("?")
                ),
                other => other.to_owned(),
            };
            return Ok((scheme, format!("securitySchemes.{key} ({detail})")));
        }
    }
    let auth = spec.get("x-auth").and_then(Value::as_array);
    for a in auth.into_iter().flatten() {
        if a.get("name").and_then(Value::as_str) == Some(name) {
            let location = a.get("in").and_then(Value::as_str).unwrap_or("?");
            return Ok((a, format!("x-auth `{name}` (in {location})")));
        }
    }
    Err(format!("no securitySchemes entry or x-auth entry named `{name}`"))
}

/// Follows `$ref`s (see [`model::resolve`]): the target and the name of the last component
/// followed, if any.
fn deref<'a>(spec: &'a Value, v: &'a Value) -> Result<(&'a Value, Option<&'a str>), String> {
    model::resolve(spec, v).map(|r| (r.value, r.name))
}

/// The schema of each media type of a request body or response, in document order.
fn media_schemas(holder: &Value) -> Vec<(&str, &Value)> {
    let content = holder.get("content").and_then(Value::as_object);
    content
        .into_iter()
        .flatten()
        .filter_map(|(media, m)| Some((media.as_str(), m.get("schema")?)))
        .collect()
}

/// The component named inside an `x-rust-type` wrapper: `::payspec::Single<Invoice>` → `Invoice`.
fn wrapped_component<'a>(spec: &'a Value, schema: &'a Value) -> Option<(&'a str, &'a Value)> {
    let rust = schema.get("x-rust-type")?.as_str()?;
    let inner = rust.get(rust.find('<')? + 1..rust.rfind('>')?)?;
    let name = inner.rsplit("::").next()?.trim();
    Some((name, spec.pointer("/components/schemas")?.get(name)?))
}

/// Property `path` (dotted) of `schema`: the property's schema and the name of the schema that
/// declares its last step.
fn property_path<'a>(
    spec: &'a Value,
    schema: &'a Value,
    component: Option<&'a str>,
    path: &str,
) -> Result<(&'a Value, String), String> {
    let mut current = schema;
    let mut component = component;
    let mut owner = String::from("inline");
    let mut walked = Vec::new();
    for step in path.split('.') {
        let (prop, declared_by) =
            find_property(spec, current, component.take(), step, 0)?.ok_or_else(|| {
                if walked.is_empty() {
                    format!("no property `{step}` (looked for `{path}`)")
                } else {
                    format!(
                        "`{}` has no property `{step}` (looked for `{path}`)",
                        walked.join(".")
                    )
                }
            })?;
        walked.push(step);
        owner = declared_by;
        current = prop;
    }
    Ok((current, owner))
}

/// Property `name` of `schema`, and the name of the component declaring it (`component` when
/// `schema` is that component's own value rather than a `$ref` to it).
fn find_property<'a>(
    spec: &'a Value,
    schema: &'a Value,
    component: Option<&'a str>,
    name: &str,
    depth: usize,
) -> Result<Option<(&'a Value, String)>, String> {
    if depth > 32 {
        return Ok(None);
    }
    let (s, referenced) = deref(spec, schema)?;
    let component = referenced.or(component);
    if let Some(p) = s.get("properties").and_then(|p| p.get(name)) {
        return Ok(Some((p, component.unwrap_or("inline").to_owned())));
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for member in s.get(key).and_then(Value::as_array).into_iter().flatten() {
            if let Some(hit) = find_property(spec, member, None, name, depth + 1)? {
                return Ok(Some(hit));
            }
        }
    }
    if let Some(items) = s.get("items")
        && let Some(hit) = find_property(spec, items, None, name, depth + 1)?
    {
        return Ok(Some(hit));
    }
    if let Some((inner_name, inner)) = wrapped_component(spec, s) {
        return find_property(spec, inner, Some(inner_name), name, depth + 1);
    }
    Ok(None)
}

/// The enum values of a schema, a parameter's schema or an array's items, as text.
fn enum_values(spec: &Value, v: &Value, depth: usize) -> Vec<String> {
    if depth > 32 {
        return Vec::new();
    }
    let Ok((s, _)) = deref(spec, v) else {
        return Vec::new();
    };
    let mut out: Vec<String> = s
        .get("enum")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|x| match x {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect();
    for key in ["schema", "items"] {
        if let Some(inner) = s.get(key) {
            out.extend(enum_values(spec, inner, depth + 1));
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for member in s.get(key).and_then(Value::as_array).into_iter().flatten() {
            out.extend(enum_values(spec, member, depth + 1));
        }
    }
    out
}

/// The summary and description of `v` and of what it refers to (its `$ref`, a parameter's
/// `schema`, an array's `items`).
fn collect_descriptions(spec: &Value, v: &Value, out: &mut String, depth: usize) {
    if depth > 32 {
        return;
    }
    for key in ["summary", "description"] {
        if let Some(text) = v.get(key).and_then(Value::as_str) {
            out.push_str(text);
            out.push('\n');
        }
    }
    if let Some(r) = v.get("$ref").and_then(Value::as_str)
        && let Some(target) = model::pointer(spec, r)
    {
        collect_descriptions(spec, target, out, depth + 1);
    }
    for key in ["schema", "items"] {
        if let Some(inner) = v.get(key) {
            collect_descriptions(spec, inner, out, depth + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_never_rounds_up_to_100() {
        assert_eq!(percent(1999, 2000), "99.9%");
        assert_eq!(percent(1, 3), "33.3%");
        assert_eq!(percent(4, 4), "100%");
    }

    #[test]
    fn where_kinds_parse() {
        let w: Value = serde_norway::from_str("{operation: a, parameter: [b, c], enum-value: 1}").unwrap();
        assert_eq!(
            parse_where(&w).unwrap(),
            Where {
                target: Target::Parameter {
                    op: "a".into(),
                    names: vec!["b".into(), "c".into()]
                },
                enum_value: Some("1".into()),
                mentions: None,
            }
        );
        let bad: Value = serde_norway::from_str("{schema: a, parameter: b}").unwrap();
        assert!(parse_where(&bad).unwrap_err().contains("`parameter`"));
    }
}
