//! The one reading of a spec that every command shares: loading (`Spec`), the HTTP methods of
//! a path item ([`METHODS`]), `$ref` resolution ([`pointer()`], [`resolve()`]), the walk over the
//! operations with their parameters ([`operations`]) and the typed vendor extensions of an
//! operation ([`OperationExt`], [`Pagination`], [`Signature`]), each parsed and validated here
//! once. generate (`lib.rs`, `tables.rs`), lint, docs, diff and coverage read the spec through
//! it; `specs/CONVENTIONS.md` documents every extension.
//!
//! The functions are generic over [`Node`], implemented for `serde_json::Value` (what most
//! commands read) and for `serde_norway::Value` (what `docs` reads: it keeps the spec's key
//! order, and the pages show operations and properties as written).
//!
//! YAML is read with serde_norway, the maintained hard fork of the deprecated serde-yaml 0.9:
//! the same API and the same YAML 1.2 core-schema reading (`on`, `yes`, `no` stay strings;
//! `1.10` is the number 1.1), so the specs parse exactly as before and the generated code is
//! byte-identical. The other candidates were passed over: the `_ng` fork still depends on the
//! unmaintained unsafe-libyaml (RUSTSEC-2024-0449), serde_yml is archived (RUSTSEC-2025-0068).

use std::collections::BTreeMap;

use serde_json::Value;

/// The HTTP methods an OpenAPI 3.0 path item may hold an operation under, in the order the
/// commands walk them.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "patch", "head", "options", "trace",
];

/// A spec read from its YAML text: as JSON values (what the commands query) and as YAML values
/// in the spec's key order (what `docs` renders).
pub struct Spec {
    /// The file name under `specs/` (`sber.yaml`), for messages.
    pub file: String,
    /// The document as JSON values.
    pub doc: Value,
    /// The document as YAML values, keys in the spec's order.
    pub ordered: serde_norway::Value,
}

impl Spec {
    /// Parses `yaml`; the error names the file (`specs/<file>: not valid YAML: ...`).
    pub fn parse(file: &str, yaml: &str) -> Result<Spec, String> {
        let bad = |e: serde_norway::Error| format!("specs/{file}: not valid YAML: {e}");
        Ok(Spec {
            file: file.to_owned(),
            doc: parse_json(yaml).map_err(bad)?,
            ordered: serde_norway::from_str(yaml).map_err(bad)?,
        })
    }

    /// Reads and parses `specs/<file>` at `path`.
    pub fn load(path: &std::path::Path) -> Result<Spec, String> {
        let file = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Spec::parse(&file, &text)
    }

    /// Every operation of the spec, in path order (see [`operations`]).
    pub fn operations(&self) -> Vec<Operation<'_, Value>> {
        operations(&self.doc)
    }

    /// The extensions of every operation with an `operationId`, parsed and validated.
    pub fn operation_extensions(&self) -> Result<BTreeMap<String, OperationExt>, String> {
        operation_extensions(&self.doc)
    }
}

/// The YAML text as JSON values (no key order).
pub fn parse_json(yaml: &str) -> Result<Value, serde_norway::Error> {
    serde_norway::from_str(yaml)
}

/// What the model needs of a document value: mapping lookup, text, lists and entries.
pub trait Node: Sized {
    /// The value under `key` of a mapping.
    fn get(&self, key: &str) -> Option<&Self>;
    /// The text of a string.
    fn text(&self) -> Option<&str>;
    /// The items of a list (empty for anything else).
    fn items(&self) -> &[Self];
    /// A mapping's entries with their keys as text, in the value's order (empty for anything
    /// else). YAML keys may be numbers (`200:`).
    fn entries(&self) -> Vec<(String, &Self)>;
}

impl Node for Value {
    fn get(&self, key: &str) -> Option<&Self> {
        self.as_object()?.get(key)
    }
    fn text(&self) -> Option<&str> {
        self.as_str()
    }
    fn items(&self) -> &[Self] {
        self.as_array().map_or(&[], Vec::as_slice)
    }
    fn entries(&self) -> Vec<(String, &Self)> {
        self.as_object()
            .into_iter()
            .flatten()
            .map(|(k, v)| (k.clone(), v))
            .collect()
    }
}

impl Node for serde_norway::Value {
    fn get(&self, key: &str) -> Option<&Self> {
        match self {
            serde_norway::Value::Mapping(m) => m.get(key),
            serde_norway::Value::Tagged(t) => t.value.get(key),
            _ => None,
        }
    }
    fn text(&self) -> Option<&str> {
        self.as_str()
    }
    fn items(&self) -> &[Self] {
        match self {
            serde_norway::Value::Sequence(s) => s,
            _ => &[],
        }
    }
    fn entries(&self) -> Vec<(String, &Self)> {
        match self {
            serde_norway::Value::Mapping(m) => m.iter().map(|(k, v)| (yaml_key(k), v)).collect(),
            serde_norway::Value::Tagged(t) => t.value.entries(),
            _ => Vec::new(),
        }
    }
}

/// A YAML mapping key as text.
fn yaml_key(key: &serde_norway::Value) -> String {
    match key {
        serde_norway::Value::String(s) => s.clone(),
        serde_norway::Value::Number(n) => n.to_string(),
        serde_norway::Value::Bool(b) => b.to_string(),
        serde_norway::Value::Null => "null".into(),
        serde_norway::Value::Tagged(t) => yaml_key(&t.value),
        other => serde_json::to_string(other).unwrap_or_default(),
    }
}

/// The value a local reference (`#/components/schemas/X`) names, JSON-pointer escapes (`~1`,
/// `~0`) undone; `None` for an external reference or one that names nothing.
pub fn pointer<'a, N: Node>(doc: &'a N, reference: &str) -> Option<&'a N> {
    let pointer = reference.strip_prefix('#')?;
    if pointer.is_empty() {
        return Some(doc);
    }
    let mut v = doc;
    for part in pointer.strip_prefix('/')?.split('/') {
        v = v.get(&part.replace("~1", "/").replace("~0", "~"))?;
    }
    Some(v)
}

/// The last name of a reference: `#/components/schemas/Payment` → `Payment`.
pub fn ref_name(reference: &str) -> &str {
    reference.rsplit('/').next().unwrap_or(reference)
}

/// What [`resolve`] reached.
#[derive(Debug)]
pub struct Resolved<'a, N> {
    /// The value at the end of the `$ref` chain (`v` itself when it is no reference).
    pub value: &'a N,
    /// The last name of the last reference followed (`Payment`), if any.
    pub name: Option<&'a str>,
}

/// Follows `$ref`s from `v` (local ones, `#/...`) to the value they name. The error says why it
/// cannot: an external reference, one that names nothing, or a chain of more than 32 steps (a
/// cycle).
pub fn resolve<'a, N: Node>(doc: &'a N, v: &'a N) -> Result<Resolved<'a, N>, String> {
    let mut at = Resolved { value: v, name: None };
    for _ in 0..32 {
        let Some(r) = at.value.get("$ref").and_then(Node::text) else {
            return Ok(at);
        };
        if !r.starts_with('#') {
            return Err(format!("external $ref `{r}` is not followed"));
        }
        at.value = pointer(doc, r).ok_or_else(|| format!("dangling $ref `{r}`"))?;
        at.name = Some(ref_name(r));
    }
    Err("$ref chain longer than 32 steps".into())
}

/// One operation of a spec.
pub struct Operation<'a, N> {
    /// Its path (`/payment/{id}`).
    pub path: String,
    /// Its method, lowercase, one of [`METHODS`].
    pub method: &'static str,
    /// The path item that holds it (`$ref` followed).
    pub item: &'a N,
    /// The operation object.
    pub op: &'a N,
    /// Its `operationId`, if it has one.
    pub id: Option<&'a str>,
}

impl<'a, N: Node> Operation<'a, N> {
    /// Its parameters, `$ref`s followed (those that do not resolve as written): the path
    /// item's first, each replaced by the operation's own of the same `name` and `in`, then
    /// the operation's others, in the order written.
    pub fn parameters(&self, doc: &'a N) -> Vec<&'a N> {
        let location = |p: &N| {
            (
                p.get("name").and_then(Node::text).map(str::to_owned),
                p.get("in").and_then(Node::text).map(str::to_owned),
            )
        };
        let mut list: Vec<&'a N> = Vec::new();
        for (own, holder) in [(false, self.item), (true, self.op)] {
            for p in holder.get("parameters").map(Node::items).unwrap_or_default() {
                let p = resolve(doc, p).map_or(p, |r| r.value);
                match list.iter().position(|q| location(q) == location(p)) {
                    Some(i) if own => list[i] = p,
                    _ => list.push(p),
                }
            }
        }
        list
    }
}

/// Every operation of `doc`: paths in the document's order, methods in [`METHODS`] order.
pub fn operations<N: Node>(doc: &N) -> Vec<Operation<'_, N>> {
    let mut out = Vec::new();
    for (path, item) in doc.get("paths").map(Node::entries).unwrap_or_default() {
        let item = resolve(doc, item).map_or(item, |r| r.value);
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            out.push(Operation {
                path: path.clone(),
                method,
                item,
                op,
                id: op.get("operationId").and_then(Node::text),
            });
        }
    }
    out
}

// ------------------------------------------------------------------------------------------
// Typed operation extensions

/// The extensions of one operation the generator acts on.
#[derive(Default, Debug)]
pub struct OperationExt {
    /// `x-require-one-of`: groups of optional parameters of which the caller must set one.
    pub require_one_of: Vec<Vec<String>>,
    /// `x-client-fills`: JSON body fields the client fills from its configuration.
    pub client_fills: Vec<String>,
    /// `x-signature`.
    pub signature: Option<Signature>,
    /// `x-idempotent: true`.
    pub idempotent: bool,
    /// `x-idempotent-note`, its whitespace squashed.
    pub idempotent_note: Option<String>,
    /// `x-pagination`.
    pub pagination: Option<Pagination>,
}

/// `x-signature: {field, of, canonical}` of an operation.
#[derive(Debug, PartialEq)]
pub struct Signature {
    /// The body field the signature goes in (`signature` when not given).
    pub field: String,
    /// The body fields signed, in order.
    pub of: Vec<String>,
    /// The decimal fields of `of` sent and signed in their canonical text.
    pub canonical: Vec<String>,
}

impl Signature {
    /// The shape of `value`: a mapping with `of` (a non-empty list of names), `field` (a
    /// name) and `canonical` (a list of names among `of`), nothing else.
    pub fn parse(value: &Value) -> Result<Signature, String> {
        const SHAPE: &str = "x-signature must be `{field: <body field>, of: [<body fields>...], canonical: [<decimal fields of `of`>...]}` (`field` defaults to `signature`, `canonical` to none)";
        let map = value.as_object().ok_or(SHAPE)?;
        if map
            .keys()
            .any(|k| !["field", "of", "canonical"].contains(&k.as_str()))
        {
            return Err(SHAPE.into());
        }
        let names = |key: &str| -> Result<Vec<String>, String> {
            match map.get(key) {
                None => Ok(Vec::new()),
                Some(v) => v
                    .as_array()
                    .filter(|a| a.iter().all(Value::is_string))
                    .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
                    .ok_or_else(|| SHAPE.to_owned()),
            }
        };
        let of = names("of")?;
        let canonical = names("canonical")?;
        let field = match map.get("field") {
            None => "signature".to_owned(),
            Some(Value::String(s)) if !s.is_empty() => s.clone(),
            Some(_) => return Err(SHAPE.into()),
        };
        if of.is_empty() {
            return Err(SHAPE.into());
        }
        if let Some(name) = canonical.iter().find(|f| !of.contains(f)) {
            return Err(format!(
                "x-signature `canonical` names `{name}`, which it does not sign (`of`)"
            ));
        }
        Ok(Signature { field, of, canonical })
    }
}

/// `x-pagination` of a list operation: how its `stream()` walks the pages.
#[derive(Debug, PartialEq)]
pub struct Pagination {
    /// The query parameter or JSON body field that selects the page.
    pub page: String,
    /// Its value for the first page.
    pub first: i64,
    /// Whether `page` is an item offset (stepping by the page size) rather than a page number.
    pub offset: bool,
    /// The parameter or body field with the page size; `None` when the provider fixes it.
    pub size: Option<String>,
    /// A full page's size: the provider's fixed size, or what `stream()` asks for.
    pub page_size: i64,
    /// The answer's field that holds the items; `None` when the answer is the list itself.
    pub items: Option<String>,
    /// The answer's field that says whether another page follows (`has-next`), if any.
    pub has_next: Option<String>,
}

impl Pagination {
    /// The keys `x-pagination` may have.
    pub const KEYS: [&str; 7] = [
        "page",
        "first",
        "offset",
        "size",
        "page-size",
        "items",
        "has-next",
    ];

    /// Parses and validates `value`. The error lists every problem of its shape, each with the
    /// key it concerns (`""` for the mapping itself). Whether `page` and `size` name
    /// parameters of the operation is for the caller (lint) to check.
    pub fn parse(value: &Value) -> Result<Pagination, Vec<(String, String)>> {
        let Some(map) = value.as_object() else {
            return Err(vec![(
                String::new(),
                "x-pagination must be a mapping (page, first, page-size; offset, size, items)".into(),
            )]);
        };
        let mut problems: Vec<(String, String)> = Vec::new();
        let mut report = |key: &str, message: &str| problems.push((key.to_owned(), message.to_owned()));
        for key in map.keys().filter(|k| !Self::KEYS.contains(&k.as_str())) {
            report(key, &format!("x-pagination has an unknown key `{key}`"));
        }
        let text = |key: &str| map.get(key).and_then(Value::as_str).filter(|s| !s.is_empty());
        let first = map.get("first").and_then(Value::as_i64);
        if first.is_none() {
            report(
                "",
                "x-pagination needs `first`, an integer (the first page or offset)",
            );
        }
        let page_size = map.get("page-size").and_then(Value::as_i64).filter(|n| *n > 0);
        if page_size.is_none() {
            report("", "x-pagination needs `page-size`, a positive integer");
        }
        if map.get("offset").is_some_and(|o| !o.is_boolean()) {
            report("offset", "x-pagination `offset` must be true or false");
        }
        if map.contains_key("items") && text("items").is_none() {
            report("items", "x-pagination `items` must name the answer's field");
        }
        if map.contains_key("has-next") && (text("has-next").is_none() || text("items").is_none()) {
            report(
                "has-next",
                "x-pagination `has-next` must name the answer's next-page flag, beside `items`",
            );
        }
        if text("page").is_none() {
            report(
                "",
                "x-pagination needs `page`, the parameter that selects the page",
            );
        }
        if map.contains_key("size") && text("size").is_none() {
            report("size", "x-pagination `size` must name the page-size parameter");
        }
        match (text("page"), first, page_size) {
            (Some(page), Some(first), Some(page_size)) if problems.is_empty() => Ok(Pagination {
                page: page.to_owned(),
                first,
                offset: map.get("offset").and_then(Value::as_bool).unwrap_or(false),
                size: text("size").map(str::to_owned),
                page_size,
                items: text("items").map(str::to_owned),
                has_next: text("has-next").map(str::to_owned),
            }),
            _ => Err(problems),
        }
    }
}

/// A non-empty list of text, or `None`.
fn names(v: &Value) -> Option<Vec<String>> {
    let list = v.as_array().filter(|l| !l.is_empty())?;
    list.iter().map(|n| n.as_str().map(str::to_owned)).collect()
}

/// `x-require-one-of`: a non-empty list of groups, each a list of at least two parameter names.
/// Whether they are optional query parameters of the operation is for lint to check.
pub fn require_one_of(value: &Value) -> Result<Vec<Vec<String>>, String> {
    value
        .as_array()
        .filter(|g| !g.is_empty())
        .and_then(|groups| groups.iter().map(|g| names(g).filter(|n| n.len() >= 2)).collect())
        .ok_or_else(|| {
            "x-require-one-of must be a list of groups, each a list of at least two parameter names"
                .to_owned()
        })
}

/// `x-client-fills`: a non-empty list of JSON body field names.
pub fn client_fills(value: &Value) -> Result<Vec<String>, String> {
    names(value).ok_or_else(|| "x-client-fills must be a list of body field names".to_owned())
}

/// The extensions of every operation with an `operationId`, keyed by it. The error names the
/// operation and the first problem.
pub fn operation_extensions(doc: &Value) -> Result<BTreeMap<String, OperationExt>, String> {
    let mut out = BTreeMap::new();
    for o in operations(doc) {
        let (Some(id), op) = (o.id, o.op) else { continue };
        let mut ext = OperationExt::default();
        let at = |e: String| format!("operation {id}: {e}");
        if let Some(groups) = op.get("x-require-one-of") {
            ext.require_one_of = require_one_of(groups).map_err(at)?;
        }
        ext.idempotent = op.get("x-idempotent").and_then(Value::as_bool) == Some(true);
        ext.idempotent_note = op
            .get("x-idempotent-note")
            .and_then(Value::as_str)
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "));
        if let Some(fills) = op.get("x-client-fills") {
            ext.client_fills = client_fills(fills).map_err(at)?;
        }
        if let Some(p) = op.get("x-pagination") {
            let paging = Pagination::parse(p).map_err(|problems| {
                let all: Vec<String> = problems.into_iter().map(|(_, m)| m).collect();
                format!("operation {id}: {}", all.join("; "))
            })?;
            ext.pagination = Some(paging);
        }
        if let Some(sig) = op.get("x-signature") {
            let sig = Signature::parse(sig).map_err(at)?;
            let body = json_body_schema(doc, op);
            for field in &sig.of {
                if body
                    .and_then(|b| b.get("properties"))
                    .and_then(|p| p.get(field))
                    .is_none()
                {
                    return Err(format!(
                        "operation {id}: x-signature signs `{field}`, which the request body does not have"
                    ));
                }
            }
            ext.signature = Some(sig);
        }
        out.insert(id.to_owned(), ext);
    }
    Ok(out)
}

/// The schema of an operation's `application/json` request body, the body and the schema
/// `$ref`s followed.
pub fn json_body_schema<'a>(doc: &'a Value, op: &'a Value) -> Option<&'a Value> {
    let body = resolve(doc, op.get("requestBody")?).ok()?.value;
    let schema = body.get("content")?.get("application/json")?.get("schema")?;
    Some(resolve(doc, schema).map_or(schema, |r| r.value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn yaml_reads_as_yaml_1_2_core_schema() {
        // What the specs rely on: `on`/`yes`/`no`/`off` are text, not booleans (YAML 1.1 would
        // make them booleans); `1.10` is a number; `'1.10'` stays text; `200:` is a key "200".
        let v = parse_json("{on: yes, no: off, n: 1.10, s: '1.10', 200: ok, t: true}").unwrap();
        assert_eq!(
            v,
            json!({"on": "yes", "no": "off", "n": 1.1, "s": "1.10", "200": "ok", "t": true})
        );
    }

    #[test]
    fn spec_keeps_the_order_of_keys_in_ordered() {
        let spec = Spec::parse(
            "x.yaml",
            "paths:\n  /b: {get: {operationId: b}}\n  /a: {post: {operationId: a}}\n",
        )
        .unwrap();
        let ids: Vec<_> = operations(&spec.ordered)
            .iter()
            .map(|o| o.id.unwrap().to_owned())
            .collect();
        assert_eq!(ids, ["b", "a"]);
        let err = Spec::parse("x.yaml", "a: [").err().unwrap();
        assert!(err.starts_with("specs/x.yaml: not valid YAML: "), "{err}");
    }

    #[test]
    fn resolve_follows_chains_and_says_why_it_stops() {
        let doc = json!({"components": {"schemas": {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"type": "string"},
            "C": {"$ref": "#/components/schemas/C"},
            "a/b": {"type": "integer"},
        }}});
        let a = json!({"$ref": "#/components/schemas/A"});
        let r = resolve(&doc, &a).unwrap();
        assert_eq!((r.value, r.name), (&json!({"type": "string"}), Some("B")));
        let plain = json!({"type": "object"});
        assert_eq!(resolve(&doc, &plain).unwrap().value, &plain);
        let escaped = json!({"$ref": "#/components/schemas/a~1b"});
        let r = resolve(&doc, &escaped).unwrap();
        assert_eq!(r.value, &json!({"type": "integer"}));
        let err = |v| resolve(&doc, &v).err().unwrap();
        assert_eq!(
            err(json!({"$ref": "#/components/schemas/Z"})),
            "dangling $ref `#/components/schemas/Z`"
        );
        assert_eq!(
            err(json!({"$ref": "other.yaml#/X"})),
            "external $ref `other.yaml#/X` is not followed"
        );
        assert_eq!(
            err(json!({"$ref": "#/components/schemas/C"})),
            "$ref chain longer than 32 steps"
        );
    }

    #[test]
    fn operations_walk_paths_and_methods_with_path_level_parameters() {
        let doc = json!({
            "paths": {
                "/x/{id}": {
                    "parameters": [
                        {"name": "id", "in": "path", "description": "shared"},
                        {"$ref": "#/components/parameters/Lang"},
                    ],
                    "post": {"operationId": "x_post", "parameters": [
                        {"name": "id", "in": "path", "description": "own"},
                        {"name": "q", "in": "query"},
                    ]},
                    "get": {"operationId": "x_get"},
                    "x-other": {},
                },
                "/y": {"$ref": "#/components/pathItems/Y"},
            },
            "components": {
                "parameters": {"Lang": {"name": "lang", "in": "header"}},
                "pathItems": {"Y": {"delete": {}}},
            },
        });
        let ops = operations(&doc);
        let seen: Vec<_> = ops.iter().map(|o| (o.method, o.path.as_str(), o.id)).collect();
        assert_eq!(
            seen,
            [
                ("get", "/x/{id}", Some("x_get")),
                ("post", "/x/{id}", Some("x_post")),
                ("delete", "/y", None)
            ]
        );
        let names = |o: &Operation<'_, Value>| -> Vec<String> {
            o.parameters(&doc)
                .iter()
                .map(|p| format!("{}:{}", p["name"], p["description"]))
                .collect()
        };
        assert_eq!(names(&ops[0]), ["\"id\":\"shared\"", "\"lang\":null"]);
        assert_eq!(names(&ops[1]), ["\"id\":\"own\"", "\"lang\":null", "\"q\":null"]);
    }

    #[test]
    fn pagination_parses_and_lists_every_problem() {
        let ok = Pagination::parse(
            &json!({"page": "page", "first": 1, "size": "n", "page-size": 30, "items": "data"}),
        );
        assert_eq!(
            ok.unwrap(),
            Pagination {
                page: "page".into(),
                first: 1,
                offset: false,
                size: Some("n".into()),
                page_size: 30,
                items: Some("data".into()),
                has_next: None,
            }
        );
        let bad = Pagination::parse(
            &json!({"first": "1", "page-size": 0, "offset": 1, "has-next": "more", "pages": 2}),
        );
        let keys: Vec<_> = bad.unwrap_err().into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["pages", "", "", "offset", "has-next", ""]);
        assert_eq!(Pagination::parse(&json!([1])).unwrap_err().len(), 1);
    }

    #[test]
    fn require_one_of_and_client_fills_shapes() {
        assert_eq!(
            require_one_of(&json!([["a", "b"], ["c", "d", "e"]])).unwrap(),
            [vec!["a", "b"], vec!["c", "d", "e"]]
        );
        for bad in [
            json!([]),
            json!([["a"]]),
            json!([["a", 1]]),
            json!(["a", "b"]),
            json!({"a": "b"}),
        ] {
            assert!(
                require_one_of(&bad)
                    .unwrap_err()
                    .starts_with("x-require-one-of must be"),
                "{bad}"
            );
        }
        assert_eq!(client_fills(&json!(["merchantId"])).unwrap(), ["merchantId"]);
        for bad in [json!([]), json!("merchantId"), json!([1])] {
            assert_eq!(
                client_fills(&bad).unwrap_err(),
                "x-client-fills must be a list of body field names"
            );
        }
    }

    #[test]
    fn signature_shape() {
        let sig = Signature::parse(&json!({"of": ["amount", "id"], "canonical": ["amount"]})).unwrap();
        assert_eq!(sig.field, "signature");
        assert_eq!(sig.of, ["amount", "id"]);
        let err = Signature::parse(&json!({"of": ["id"], "canonical": ["amount"]})).unwrap_err();
        assert_eq!(
            err,
            "x-signature `canonical` names `amount`, which it does not sign (`of`)"
        );
        for bad in [
            json!({"of": []}),
            json!({"of": "id"}),
            json!({"of": ["id"], "x": 1}),
            json!("id"),
        ] {
            assert!(
                Signature::parse(&bad)
                    .unwrap_err()
                    .starts_with("x-signature must be"),
                "{bad}"
            );
        }
    }
}
