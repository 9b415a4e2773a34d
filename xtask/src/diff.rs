//! `cargo xtask diff <git-rev> [--fail-on-breaking]`: what changed in `specs/*.yaml` since a
//! git revision, provider by provider, and which changes break code written against the
//! generated clients.
//!
//! [`compare`] is the whole comparison, a pure function of two parsed documents; [`run`] reads
//! the specs of the working tree and of the revision (`git show <rev>:specs/<file>`) and prints
//! the report. What counts as breaking follows what progenitor and typify generate:
//!
//! - an operation removed (an `operationId` renamed is a removal plus an addition): its builder
//!   method disappears;
//! - a parameter, request body or schema property removed, or a component schema removed;
//! - a type changed (`$ref` target, `type`, `format`, array items, map values, `x-rust-type`,
//!   enum or not, string constraints that turn a `String` into a validated newtype);
//! - a new required parameter or request body, a parameter or body that became required, a new
//!   required property of a schema that requests use;
//! - a property whose Rust type gains or loses its `Option` (required / nullable / default
//!   changes: typify makes a field `Option<T>` when it is nullable, or optional without an
//!   intrinsic default such as an array's `[]`);
//! - an enum value removed (from a closed enum, or from an open one: its variant goes away and
//!   `match`es naming it stop compiling), an open enum made closed (`Other` goes away);
//! - a parameter moved to another location; a success response's type changed;
//! - a provider's spec removed.
//!
//! Everything else is reported as non-breaking: additions of optional things, enum values
//! added, method or path changes, extensions (`x-signature`, `x-require-one-of`, ...), servers,
//! security. Documentation (descriptions, summaries, examples, `x-source`, tags) is counted per
//! provider, not listed.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::model;

/// One difference between two versions of a spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// What the change is about: `spec`, `operation payment_add`, `schema Payment`.
    pub subject: String,
    /// The report line, without its indentation and `BREAKING` mark
    /// (`~ schema Payment: property `amount` type Decimal -> Text`). For a documentation
    /// change: where it is (`schema Payment: property `amount` description`).
    pub text: String,
    /// Whether code written against the generated client may stop compiling or start failing.
    pub breaking: bool,
    /// A change of documentation only: counted in the report, not listed.
    pub documentation: bool,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)?;
        if self.breaking {
            f.write_str("   BREAKING")?;
        }
        Ok(())
    }
}

/// Runs the command: prints the report and returns `Ok(false)` when `fail_on_breaking` is set
/// and at least one change is breaking. A revision git does not know is an error with git's
/// message.
pub fn run(root: &Path, rev: &str, fail_on_breaking: bool) -> Result<bool, String> {
    let old = specs_at_revision(root, rev)?;
    let new = specs_in_working_tree(root)?;
    let (report, breaking) = report(&old, &new);
    print!("{report}");
    Ok(!(fail_on_breaking && breaking > 0))
}

/// The report for every provider in `old` or `new` (provider name → parsed spec), and how many
/// breaking changes it lists.
pub fn report(old: &BTreeMap<String, Value>, new: &BTreeMap<String, Value>) -> (String, usize) {
    let providers: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    let mut out = String::new();
    let mut breaking = 0;
    for provider in providers {
        let none = Value::Null;
        let changes = compare(
            old.get(provider).unwrap_or(&none),
            new.get(provider).unwrap_or(&none),
        );
        breaking += changes.iter().filter(|c| c.breaking).count();
        let lines = render(&changes);
        if lines.is_empty() {
            out.push_str(&format!("{provider}: no changes\n"));
        } else {
            out.push_str(&format!("{provider}:\n"));
            for line in lines {
                out.push_str(&format!("  {line}\n"));
            }
        }
    }
    out.push_str(&format!("{breaking} breaking change(s)\n"));
    (out, breaking)
}

/// The report lines of one provider: every change but documentation ones, which are summed up
/// in a last line.
pub fn render(changes: &[Change]) -> Vec<String> {
    let mut lines: Vec<String> = changes
        .iter()
        .filter(|c| !c.documentation)
        .map(ToString::to_string)
        .collect();
    let docs: Vec<&Change> = changes.iter().filter(|c| c.documentation).collect();
    if !docs.is_empty() {
        let mut subjects: Vec<&str> = Vec::new();
        for c in &docs {
            if !subjects.contains(&c.subject.as_str()) {
                subjects.push(&c.subject);
            }
        }
        const SHOWN: usize = 4;
        let mut place = subjects
            .iter()
            .take(SHOWN)
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        if subjects.len() > SHOWN {
            place.push_str(&format!(" and {} more", subjects.len() - SHOWN));
        }
        lines.push(format!("~ documentation: {} change(s) in {place}", docs.len()));
    }
    lines
}

/// Compares two versions of one spec. `Value::Null` stands for a spec that does not exist:
/// a new spec lists everything as added (nothing breaking), a removed one is a single breaking
/// change.
pub fn compare(old: &Value, new: &Value) -> Vec<Change> {
    let mut diff = Diff {
        old,
        new,
        request_schemas: request_schemas(new),
        out: Vec::new(),
    };
    match (old.is_null(), new.is_null()) {
        (true, true) => {}
        (false, true) => diff.push("spec", true, format!("- spec removed ({})", size(old))),
        (true, false) => {
            diff.push("spec", false, format!("+ new spec ({})", size(new)));
            diff.operations();
            diff.schemas();
        }
        (false, false) => {
            diff.root();
            diff.operations();
            diff.schemas();
        }
    }
    diff.out
}

// ---------------------------------------------------------------------------------- git

fn git(root: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(format!("git {}: {}", args.join(" "), stderr.trim()));
    }
    Ok(output.stdout)
}

fn parse(provider: &str, place: &str, yaml: &str) -> Result<Value, String> {
    model::parse_json(yaml).map_err(|e| format!("specs/{provider}.yaml {place}: not valid YAML: {e}"))
}

fn specs_at_revision(root: &Path, rev: &str) -> Result<BTreeMap<String, Value>, String> {
    if rev.starts_with('-') {
        return Err(format!("{rev:?} is not a git revision"));
    }
    let listing = git(root, &["ls-tree", "-z", "--name-only", rev, "--", "specs/"])?;
    let mut specs = BTreeMap::new();
    for path in listing.split(|b| *b == 0).filter(|p| !p.is_empty()) {
        let path = String::from_utf8_lossy(path);
        let Some(provider) = path
            .strip_prefix("specs/")
            .and_then(|f| f.strip_suffix(".yaml"))
            .filter(|p| !p.contains('/'))
        else {
            continue;
        };
        // `./` keeps the path relative to `root`, as `ls-tree` printed it.
        let yaml = git(root, &["show", &format!("{rev}:./{path}")])?;
        let yaml = String::from_utf8(yaml).map_err(|_| format!("{path} at {rev}: not UTF-8"))?;
        specs.insert(provider.to_owned(), parse(provider, &format!("at {rev}"), &yaml)?);
    }
    Ok(specs)
}

fn specs_in_working_tree(root: &Path) -> Result<BTreeMap<String, Value>, String> {
    let dir = root.join("specs");
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut specs = BTreeMap::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        let Some(provider) = path
            .file_name()
            .and_then(|f| f.to_str())
            .and_then(|f| f.strip_suffix(".yaml"))
        else {
            continue;
        };
        let yaml = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        specs.insert(provider.to_owned(), parse(provider, "(working tree)", &yaml)?);
    }
    Ok(specs)
}

// ---------------------------------------------------------------------------------- helpers

/// Keys that only document: their changes are counted, not listed.
const DOCUMENTATION: [&str; 11] = [
    "description",
    "summary",
    "title",
    "example",
    "examples",
    "externalDocs",
    "tags",
    "x-source",
    "x-examples-urls",
    "x-request-body",
    "contact",
];

/// Schema keys [`Diff::schema`] compares itself (with [`CONSTRAINTS`]); any other key is
/// compared as a whole.
const SCHEMA_KEYS: [&str; 16] = [
    "$ref",
    "type",
    "format",
    "items",
    "properties",
    "required",
    "additionalProperties",
    "enum",
    "nullable",
    "x-rust-type",
    "x-open-enum",
    "allOf",
    "oneOf",
    "anyOf",
    "default",
    "deprecated",
];

/// Validation keywords: their values are reported, not breaking (but see [`STRING_CONSTRAINTS`]).
const CONSTRAINTS: [&str; 11] = [
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
];

/// String constraints that make typify generate a validated newtype instead of `String`.
const STRING_CONSTRAINTS: [&str; 3] = ["minLength", "maxLength", "pattern"];

fn obj(v: Option<&Value>) -> BTreeMap<&str, &Value> {
    v.and_then(Value::as_object)
        .map(|m| m.iter().map(|(k, v)| (k.as_str(), v)).collect())
        .unwrap_or_default()
}

fn keys<'a>(a: &BTreeMap<&'a str, &Value>, b: &BTreeMap<&'a str, &Value>) -> BTreeSet<&'a str> {
    a.keys().chain(b.keys()).copied().collect()
}

fn string_set(v: Option<&Value>) -> BTreeSet<&str> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn flag(v: &Value, key: &str) -> bool {
    v.get(key).and_then(Value::as_bool) == Some(true)
}

fn ref_name(r: &str) -> &str {
    r.rsplit('/').next().unwrap_or(r)
}

/// A JSON value as it reads in the report: strings bare, anything else as compact JSON.
fn show(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Short values verbatim, long ones not at all.
fn short(v: Option<&Value>) -> Option<String> {
    let text = v.map_or_else(|| "(none)".to_owned(), show);
    (text.chars().count() <= 60).then_some(text)
}

/// A key other than those compared one by one: `+ `key` value`, `- `key``, or
/// `` `key` old -> new `` (values only when short).
fn extension_change(key: &str, old: Option<&Value>, new: Option<&Value>) -> String {
    match (old, new) {
        (None, Some(v)) => match short(Some(v)) {
            Some(v) => format!("+ `{key}` {v}"),
            None => format!("+ `{key}`"),
        },
        (Some(_), None) => format!("- `{key}`"),
        (o, n) => match (short(o), short(n)) {
            (Some(a), Some(b)) => format!("`{key}` {a} -> {b}"),
            _ => format!("`{key}` changed"),
        },
    }
}

/// A schema's type as the report names it: `Payment` (a `$ref`), `string`, `integer(int64)`,
/// `array<Payment>`, `map<BalanceItem>`, `object`, `string enum`.
fn ty(s: &Value) -> String {
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        return ref_name(r).to_owned();
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let Some(list) = s.get(key).and_then(Value::as_array) {
            return format!("{key}({})", list.iter().map(ty).collect::<Vec<_>>().join(" | "));
        }
    }
    let kind = s.get("type").and_then(Value::as_str);
    let map_values = match s.get("additionalProperties") {
        Some(Value::Bool(true)) => Some("any".to_owned()),
        Some(v @ Value::Object(_)) => Some(ty(v)),
        _ => None,
    };
    let base = match kind {
        Some("array") => format!("array<{}>", s.get("items").map_or_else(|| "any".to_owned(), ty)),
        Some("object") | None if s.get("properties").is_some() => "object".to_owned(),
        Some("object") | None if map_values.is_some() => format!("map<{}>", map_values.unwrap_or_default()),
        Some(kind) => match s.get("format").and_then(Value::as_str) {
            Some(format) => format!("{kind}({format})"),
            None => kind.to_owned(),
        },
        None if s.get("enum").is_some() => "value".to_owned(),
        None => "any".to_owned(),
    };
    if s.get("enum").is_some() {
        format!("{base} enum")
    } else {
        base
    }
}

/// Whether typify wraps a property in `Option`: when it is nullable, or optional without an
/// intrinsic default (arrays and maps default to empty) or an explicit one.
fn optional_in_rust(s: &Value, required: bool) -> bool {
    if flag(s, "nullable") {
        return true;
    }
    if required || s.get("default").is_some() {
        return false;
    }
    let t = ty(s);
    !(t.starts_with("array<") || t.starts_with("map<"))
}

fn rust(s: &Value, optional: bool) -> String {
    if optional {
        format!("Option<{}>", ty(s))
    } else {
        ty(s)
    }
}

/// `label rest`, or `rest` alone at a schema's root.
fn at(label: &str, rest: &str) -> String {
    if label.is_empty() {
        rest.to_owned()
    } else {
        format!("{label} {rest}")
    }
}

/// `label: rest` for sign-led details (`property `kind`: + enum value `x``).
fn at_signed(label: &str, rest: &str) -> String {
    if label.is_empty() {
        rest.to_owned()
    } else {
        format!("{label}: {rest}")
    }
}

/// Follows local `$ref`s of parameters, request bodies and responses (not schemas: those are
/// compared by name).
fn resolve<'a>(doc: &'a Value, v: &'a Value) -> &'a Value {
    let schema = v
        .get("$ref")
        .and_then(Value::as_str)
        .is_some_and(|r| r.starts_with("#/components/schemas/"));
    if schema {
        return v;
    }
    model::resolve(doc, v).map_or(v, |r| r.value)
}

struct Operation<'a> {
    method: String,
    op: &'a Value,
    of: model::Operation<'a, Value>,
}

impl Operation<'_> {
    fn place(&self) -> String {
        format!("{} {}", self.method, self.of.path)
    }
}

/// Operations by `operationId` (`METHOD /path` for those without one).
fn operations(doc: &Value) -> BTreeMap<String, Operation<'_>> {
    model::operations(doc)
        .into_iter()
        .map(|of| {
            let method = of.method.to_ascii_uppercase();
            let id = of
                .id
                .map_or_else(|| format!("{method} {}", of.path), str::to_owned);
            (
                id,
                Operation {
                    method,
                    op: of.op,
                    of,
                },
            )
        })
        .collect()
}

fn schemas(doc: &Value) -> BTreeMap<&str, &Value> {
    obj(doc.pointer("/components/schemas"))
}

fn size(doc: &Value) -> String {
    format!(
        "{} operation(s), {} schema(s)",
        operations(doc).len(),
        schemas(doc).len()
    )
}

/// An operation's parameters (path-level ones overridden by the operation's), keyed by name, or
/// by `name (in)` where one name is used in two locations.
fn parameters<'a>(doc: &'a Value, o: &Operation<'a>) -> BTreeMap<String, &'a Value> {
    let list = o.of.parameters(doc);
    let location = |p: &Value| (show(&p["name"]), show(&p["in"]));
    let mut out = BTreeMap::new();
    for p in &list {
        let (name, place) = location(p);
        let shared = list.iter().filter(|q| location(q).0 == name).count() > 1;
        let key = if shared { format!("{name} ({place})") } else { name };
        out.insert(key, *p);
    }
    out
}

/// The media type a request or response is compared by (JSON first), and its content.
fn media(content: Option<&Value>) -> Option<(&str, &Value)> {
    let content = obj(content);
    content
        .get("application/json")
        .map(|v| ("application/json", *v))
        .or_else(|| content.iter().next().map(|(k, v)| (*k, *v)))
}

/// Names of the component schemas that requests (parameters and bodies) use, directly or
/// through other schemas.
fn request_schemas(doc: &Value) -> BTreeSet<String> {
    fn refs(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                if let Some(r) = m.get("$ref").and_then(Value::as_str)
                    && r.starts_with("#/components/schemas/")
                {
                    out.push(ref_name(r).to_owned());
                }
                m.values().for_each(|v| refs(v, out));
            }
            Value::Array(a) => a.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }
    let mut todo = Vec::new();
    for o in operations(doc).values() {
        for p in parameters(doc, o).values() {
            refs(p, &mut todo);
        }
        if let Some(body) = o.op.get("requestBody") {
            refs(resolve(doc, body), &mut todo);
        }
    }
    let all = schemas(doc);
    let mut seen = BTreeSet::new();
    while let Some(name) = todo.pop() {
        if seen.insert(name.clone())
            && let Some(s) = all.get(name.as_str())
        {
            refs(s, &mut todo);
        }
    }
    seen
}

// ---------------------------------------------------------------------------------- comparison

struct Diff<'a> {
    old: &'a Value,
    new: &'a Value,
    request_schemas: BTreeSet<String>,
    out: Vec<Change>,
}

impl Diff<'_> {
    fn push(&mut self, subject: &str, breaking: bool, text: String) {
        self.out.push(Change {
            subject: subject.to_owned(),
            text,
            breaking,
            documentation: false,
        });
    }

    /// `~ subject: detail`.
    fn within(&mut self, subject: &str, breaking: bool, detail: String) {
        self.push(subject, breaking, format!("~ {subject}: {detail}"));
    }

    fn docs(&mut self, subject: &str, label: &str, old: &Value, new: &Value) {
        for key in DOCUMENTATION {
            if old.get(key) != new.get(key) {
                self.out.push(Change {
                    subject: subject.to_owned(),
                    text: format!("{subject}: {}", at(label, key)),
                    breaking: false,
                    documentation: true,
                });
            }
        }
    }

    /// Keys of `old` / `new` neither handled nor documentation: reported as changed.
    fn others(&mut self, subject: &str, label: &str, old: &Value, new: &Value, handled: &[&str]) {
        let (o, n) = (obj(Some(old)), obj(Some(new)));
        for key in keys(&o, &n) {
            if handled.contains(&key) || DOCUMENTATION.contains(&key) || o.get(key) == n.get(key) {
                continue;
            }
            let detail = extension_change(key, o.get(key).copied(), n.get(key).copied());
            self.within(subject, false, at_signed(label, &detail));
        }
    }

    fn root(&mut self) {
        let (old, new) = (self.old, self.new);
        let (oi, ni) = (&old["info"], &new["info"]);
        if oi.get("version") != ni.get("version") {
            let detail = format!(
                "~ info.version {} -> {}",
                short(oi.get("version")).unwrap_or_default(),
                short(ni.get("version")).unwrap_or_default()
            );
            self.push("spec", false, detail);
        }
        self.docs("spec", "", old, new);
        self.docs("spec", "info", oi, ni);
        let urls = |doc: &Value| -> Vec<String> {
            doc.get("servers")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|s| show(&s["url"]))
                .collect()
        };
        if old.get("servers") != new.get("servers") {
            let (o, n) = (urls(old), urls(new));
            let detail = if o == n {
                "~ servers: variables changed".to_owned()
            } else {
                format!("~ servers: {} -> {}", o.join(", "), n.join(", "))
            };
            self.push("spec", false, detail);
        }
        let (o, n) = (obj(Some(old)), obj(Some(new)));
        for key in keys(&o, &n) {
            let handled = ["openapi", "info", "servers", "paths", "components"];
            if handled.contains(&key) || DOCUMENTATION.contains(&key) || o.get(key) == n.get(key) {
                continue;
            }
            let detail = extension_change(key, o.get(key).copied(), n.get(key).copied());
            let sign = if detail.starts_with(['+', '-']) { "" } else { "~ " };
            self.push("spec", false, format!("{sign}{detail}"));
        }
        let (oc, nc) = (obj(old.get("components")), obj(new.get("components")));
        for key in keys(&oc, &nc) {
            // Schemas are compared one by one; parameters, bodies and responses where used.
            let handled = ["schemas", "parameters", "requestBodies", "responses"];
            if !handled.contains(&key) && oc.get(key) != nc.get(key) {
                self.push("spec", false, format!("~ components.{key} changed"));
            }
        }
    }

    fn operations(&mut self) {
        let (old, new) = (operations(self.old), operations(self.new));
        let removed: BTreeMap<String, &str> = old
            .iter()
            .filter(|(id, _)| !new.contains_key(*id))
            .map(|(id, o)| (o.place(), id.as_str()))
            .collect();
        let added: BTreeMap<String, &str> = new
            .iter()
            .filter(|(id, _)| !old.contains_key(*id))
            .map(|(id, o)| (o.place(), id.as_str()))
            .collect();
        let ids: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
        for id in ids {
            let subject = format!("operation {id}");
            match (old.get(id), new.get(id)) {
                (Some(o), None) => {
                    let renamed = added
                        .get(&o.place())
                        .map(|n| format!(", renamed to {n}"))
                        .unwrap_or_default();
                    self.push(&subject, true, format!("- {subject} ({}){renamed}", o.place()));
                }
                (None, Some(n)) => {
                    let renamed = removed
                        .get(&n.place())
                        .map(|o| format!(", renamed from {o}"))
                        .unwrap_or_default();
                    self.push(&subject, false, format!("+ {subject} ({}){renamed}", n.place()));
                }
                (Some(o), Some(n)) => self.operation(&subject, o, n),
                (None, None) => {}
            }
        }
    }

    fn operation(&mut self, subject: &str, o: &Operation, n: &Operation) {
        if o.place() != n.place() {
            self.within(subject, false, format!("{} -> {}", o.place(), n.place()));
        }
        self.docs(subject, "", o.op, n.op);
        if flag(o.op, "deprecated") != flag(n.op, "deprecated") {
            let now = if flag(n.op, "deprecated") {
                "now deprecated"
            } else {
                "no longer deprecated"
            };
            self.within(subject, false, now.to_owned());
        }
        self.parameters(subject, o, n);
        self.request_body(subject, o.op, n.op);
        self.responses(subject, o.op, n.op);
        let handled = [
            "operationId",
            "deprecated",
            "parameters",
            "requestBody",
            "responses",
        ];
        self.others(subject, "", o.op, n.op, &handled);
    }

    fn parameters(&mut self, subject: &str, o: &Operation, n: &Operation) {
        let (old, new) = (parameters(self.old, o), parameters(self.new, n));
        let names: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
        for name in names {
            match (old.get(name), new.get(name)) {
                (Some(p), None) => {
                    let detail = format!("- parameter `{name}` ({})", show(&p["in"]));
                    self.within(subject, true, detail);
                }
                (None, Some(p)) => {
                    let required = flag(p, "required");
                    let detail = format!(
                        "+ parameter `{name}` ({}, {})",
                        show(&p["in"]),
                        if required { "required" } else { "optional" }
                    );
                    self.within(subject, required, detail);
                }
                (Some(op), Some(np)) => self.parameter(subject, name, op, np),
                (None, None) => {}
            }
        }
    }

    fn parameter(&mut self, subject: &str, name: &str, old: &Value, new: &Value) {
        let label = format!("parameter `{name}`");
        if old["in"] != new["in"] {
            let detail = format!("{label} moved {} -> {}", show(&old["in"]), show(&new["in"]));
            self.within(subject, true, detail);
        }
        match (flag(old, "required"), flag(new, "required")) {
            (false, true) => self.within(subject, true, format!("{label} now required")),
            (true, false) => self.within(subject, false, format!("{label} now optional")),
            _ => {}
        }
        let none = Value::Null;
        let (os, ns) = (
            old.get("schema").unwrap_or(&none),
            new.get("schema").unwrap_or(&none),
        );
        self.schema(subject, &label, name, os, ns, true);
        self.docs(subject, &label, old, new);
        let handled = ["name", "in", "required", "schema"];
        self.others(subject, &label, old, new, &handled);
    }

    fn request_body(&mut self, subject: &str, old: &Value, new: &Value) {
        let resolved = |doc: &'_ Value, op: &'_ Value| op.get("requestBody").map(|b| resolve(doc, b).clone());
        let (ob, nb) = (resolved(self.old, old), resolved(self.new, new));
        let describe = |b: &Value| match media(b.get("content")) {
            Some((m, c)) => (
                m.to_owned(),
                c.get("schema").map_or_else(|| "no schema".to_owned(), ty),
            ),
            None => ("no content".to_owned(), "no schema".to_owned()),
        };
        match (ob, nb) {
            (Some(b), None) => {
                let (_, t) = describe(&b);
                self.within(subject, true, format!("- request body {t}"));
            }
            (None, Some(b)) => {
                let (m, t) = describe(&b);
                let required = flag(&b, "required");
                let detail = format!(
                    "+ request body {t} ({m}, {})",
                    if required { "required" } else { "optional" }
                );
                self.within(subject, required, detail);
            }
            (Some(ob), Some(nb)) => {
                let label = "request body";
                match (flag(&ob, "required"), flag(&nb, "required")) {
                    (false, true) => self.within(subject, true, format!("{label} now required")),
                    (true, false) => self.within(subject, false, format!("{label} now optional")),
                    _ => {}
                }
                self.content(subject, label, &ob, &nb, true);
                self.docs(subject, label, &ob, &nb);
                self.others(subject, label, &ob, &nb, &["required", "content"]);
            }
            (None, None) => {}
        }
    }

    /// Media type and schema of a request body or response.
    fn content(&mut self, subject: &str, label: &str, old: &Value, new: &Value, request: bool) {
        let none = Value::Null;
        let (om, nm) = (media(old.get("content")), media(new.get("content")));
        let media_type = |m: Option<(&str, &Value)>| m.map_or("no content", |(m, _)| m).to_owned();
        if media_type(om) != media_type(nm) {
            let detail = format!("{label} media type {} -> {}", media_type(om), media_type(nm));
            self.within(subject, false, detail);
        }
        let schema = |m: Option<(&str, &Value)>| m.and_then(|(_, c)| c.get("schema")).cloned();
        match (schema(om), schema(nm)) {
            (Some(os), Some(ns)) => self.schema(subject, label, "", &os, &ns, request),
            (None, None) => {}
            (os, ns) => {
                let name = |s: Option<Value>| s.map_or_else(|| "no body".to_owned(), |s| ty(&s));
                let detail = format!("{label} type {} -> {}", name(os), name(ns));
                self.within(subject, true, detail);
            }
        }
        let (oc, nc) = (om.map_or(&none, |m| m.1), nm.map_or(&none, |m| m.1));
        self.docs(subject, label, oc, nc);
    }

    fn responses(&mut self, subject: &str, old: &Value, new: &Value) {
        let (or, nr) = (obj(old.get("responses")), obj(new.get("responses")));
        for code in keys(&or, &nr) {
            let success = code.starts_with('2') || code == "default";
            let label = format!("response {code}");
            match (or.get(code), nr.get(code)) {
                (Some(_), None) => self.within(subject, success, format!("- {label}")),
                (None, Some(r)) => {
                    let r = resolve(self.new, r);
                    let t = media(r.get("content"))
                        .and_then(|(_, c)| c.get("schema"))
                        .map_or_else(|| "no body".to_owned(), ty);
                    self.within(subject, false, format!("+ {label} ({t})"));
                }
                (Some(o), Some(n)) => {
                    let (o, n) = (resolve(self.old, o), resolve(self.new, n));
                    self.content(subject, &label, o, n, false);
                    self.docs(subject, &label, o, n);
                    self.others(subject, &label, o, n, &["content"]);
                }
                (None, None) => {}
            }
        }
    }

    fn schemas(&mut self) {
        let (old, new) = (schemas(self.old), schemas(self.new));
        for name in keys(&old, &new) {
            let subject = format!("schema {name}");
            match (old.get(name), new.get(name)) {
                (Some(_), None) => self.push(&subject, true, format!("- {subject}")),
                (None, Some(s)) => self.push(&subject, false, format!("+ {subject} ({})", ty(s))),
                (Some(o), Some(n)) => {
                    let request = self.request_schemas.contains(name);
                    if flag(o, "nullable") != flag(n, "nullable") {
                        let now = if flag(n, "nullable") {
                            "now nullable"
                        } else {
                            "no longer nullable"
                        };
                        self.within(&subject, true, now.to_owned());
                    }
                    self.schema(&subject, "", "", o, n, request);
                }
                (None, None) => {}
            }
        }
    }

    /// Compares two schemas found at the same place. `label` names the place in the report
    /// (empty at a component's root), `path` is the property path of the place (`items[].id`,
    /// empty at a root), `request` says whether requests use it (a new required property then
    /// breaks callers).
    fn schema(&mut self, subject: &str, label: &str, path: &str, old: &Value, new: &Value, request: bool) {
        self.docs(subject, label, old, new);
        let (ot, nt) = (ty(old), ty(new));
        if ot != nt {
            self.within(subject, true, at(label, &format!("type {ot} -> {nt}")));
            return;
        }
        if old.get("$ref").is_some() {
            // Same target: the component itself is compared under its own name.
            return;
        }
        let rust_type = |s: &Value| s.get("x-rust-type").map_or_else(|| "generated".to_owned(), show);
        if rust_type(old) != rust_type(new) {
            let detail = format!("Rust type {} -> {}", rust_type(old), rust_type(new));
            self.within(subject, true, at(label, &detail));
        }
        let (oo, no) = (flag(old, "x-open-enum"), flag(new, "x-open-enum"));
        if oo && !no {
            let detail = "no longer an open enum (x-open-enum): variant `Other` removed";
            self.within(subject, true, at(label, detail));
        } else if !oo && no {
            let detail = "now an open enum (x-open-enum): unknown values decode as `Other`";
            self.within(subject, false, at(label, detail));
        }
        self.enum_values(subject, label, old, new);
        self.constraints(subject, label, old, new);
        if old.get("default") != new.get("default") {
            let detail = format!(
                "default {} -> {}",
                short(old.get("default")).unwrap_or_else(|| "(long)".into()),
                short(new.get("default")).unwrap_or_else(|| "(long)".into())
            );
            self.within(subject, false, at(label, &detail));
        }
        if flag(old, "deprecated") != flag(new, "deprecated") {
            let now = if flag(new, "deprecated") {
                "now deprecated"
            } else {
                "no longer deprecated"
            };
            self.within(subject, false, at(label, now));
        }
        if old.get("properties").is_some() || new.get("properties").is_some() {
            self.properties(subject, path, old, new, request);
            if old.get("additionalProperties") != new.get("additionalProperties") {
                self.within(subject, false, at(label, "`additionalProperties` changed"));
            }
        }
        for (key, part, mark) in [("items", "items", "[]"), ("additionalProperties", "values", "{}")] {
            let (Some(oi), Some(ni)) = (old.get(key), new.get(key)) else {
                continue;
            };
            if !oi.is_object() || !ni.is_object() {
                continue;
            }
            let label = at(label, part);
            if flag(oi, "nullable") != flag(ni, "nullable") {
                let detail = format!(
                    "{} -> {}",
                    rust(oi, flag(oi, "nullable")),
                    rust(ni, flag(ni, "nullable"))
                );
                self.within(subject, true, format!("{label} type {detail}"));
            }
            self.schema(subject, &label, &format!("{path}{mark}"), oi, ni, request);
        }
        let handled: Vec<&str> = SCHEMA_KEYS.iter().chain(&CONSTRAINTS).copied().collect();
        self.others(subject, label, old, new, &handled);
    }

    fn enum_values(&mut self, subject: &str, label: &str, old: &Value, new: &Value) {
        let values = |s: &Value| -> Vec<Value> {
            s.get("enum")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        };
        let (ov, nv) = (values(old), values(new));
        let open = flag(old, "x-open-enum") && flag(new, "x-open-enum");
        for v in ov.iter().filter(|v| !nv.contains(v)) {
            let mut detail = format!("- enum value `{}`", show(v));
            if open {
                detail.push_str(&format!(
                    " (open enum: variant `{}` removed, the value now decodes as `Other`)",
                    crate::variant_name(&show(v))
                ));
            }
            self.within(subject, true, at_signed(label, &detail));
        }
        for v in nv.iter().filter(|v| !ov.contains(v)) {
            self.within(
                subject,
                false,
                at_signed(label, &format!("+ enum value `{}`", show(v))),
            );
        }
    }

    fn constraints(&mut self, subject: &str, label: &str, old: &Value, new: &Value) {
        let constrained = |s: &Value| STRING_CONSTRAINTS.iter().any(|k| s.get(*k).is_some());
        let string = ty(new).starts_with("string");
        if string && constrained(old) != constrained(new) {
            let detail = if constrained(new) {
                "now has string constraints: its Rust type becomes a validated newtype"
            } else {
                "no longer has string constraints: its Rust type becomes `String`"
            };
            self.within(subject, true, at(label, detail));
        }
        for key in CONSTRAINTS {
            if old.get(key) != new.get(key) {
                let detail = format!(
                    "`{key}` {} -> {}",
                    short(old.get(key)).unwrap_or_else(|| "(long)".into()),
                    short(new.get(key)).unwrap_or_else(|| "(long)".into())
                );
                self.within(subject, false, at(label, &detail));
            }
        }
    }

    fn properties(&mut self, subject: &str, parent: &str, old: &Value, new: &Value, request: bool) {
        let (op, np) = (obj(old.get("properties")), obj(new.get("properties")));
        let (or, nr) = (string_set(old.get("required")), string_set(new.get("required")));
        for name in keys(&op, &np) {
            let path = if parent.is_empty() {
                name.to_owned()
            } else {
                format!("{parent}.{name}")
            };
            let label = format!("property `{path}`");
            match (op.get(name), np.get(name)) {
                (Some(_), None) => self.within(subject, true, format!("- {label}")),
                (None, Some(s)) => {
                    let required = nr.contains(name);
                    let detail = format!(
                        "+ {label} ({}, {})",
                        ty(s),
                        if required { "required" } else { "optional" }
                    );
                    self.within(subject, required && request, detail);
                }
                (Some(o), Some(n)) => {
                    self.schema(subject, &label, &path, o, n, request);
                    let (oreq, nreq) = (or.contains(name), nr.contains(name));
                    let mut why = Vec::new();
                    if oreq != nreq {
                        why.push(if nreq { "now required" } else { "now optional" });
                    }
                    if flag(o, "nullable") != flag(n, "nullable") {
                        why.push(if flag(n, "nullable") {
                            "now nullable"
                        } else {
                            "no longer nullable"
                        });
                    }
                    let (oopt, nopt) = (optional_in_rust(o, oreq), optional_in_rust(n, nreq));
                    if why.is_empty() && oopt == nopt {
                        continue;
                    }
                    if why.is_empty() {
                        why.push(if n.get("default").is_some() {
                            "now has a default"
                        } else {
                            "no default any more"
                        });
                    }
                    let mut detail = format!("{label} {}", why.join(", "));
                    if oopt != nopt {
                        detail.push_str(&format!(" (Rust type {} -> {})", rust(o, oopt), rust(n, nopt)));
                    }
                    self.within(subject, oopt != nopt, detail);
                }
                (None, None) => {}
            }
        }
    }
}
