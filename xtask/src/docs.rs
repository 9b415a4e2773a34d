//! `cargo xtask docs [--out DIR]`: renders every `specs/<provider>.yaml` into a static HTML
//! reference that works offline.
//!
//! The output is `DIR/index.html` (the providers with title, version, description excerpt and
//! operation count) and `DIR/<provider>.html` per spec: info, sources, servers, authentication
//! (`securitySchemes`, root `security`, `x-auth`), a table of contents by tag, every operation
//! (anchor = its `operationId`) with parameters, request body, responses and our extensions
//! (`x-source`, `x-signature`, `x-require-one-of`, `x-client-fills`, `x-examples-urls`,
//! `x-request-body`, anything else `x-*` generically), every component schema (anchor
//! `schema-<Name>`) and component response (anchor `response-<Name>`).
//!
//! The forms of `specs/CONVENTIONS.md` are shown as a reader means them:
//!
//! - `allOf: [{$ref: X}]` beside a description is the type X;
//! - an `anyOf` / `oneOf` of a schema and a null-only branch (`nullable: true, enum: [null]`,
//!   as the generator reads it) is that schema "or null", marked nullable;
//! - a body whose schema is an `anyOf` of a success type and the root `x-error-envelope` shows
//!   the success type, then "or, on refusal (HTTP 200)" the envelope;
//! - a component with `anyOf` / `oneOf` branches (the lenient components, `x-rust-type`) lists
//!   the shapes it accepts beside its Rust type; a `Single<T>`, `LenientList<T>` or
//!   `LenientMap<T>` links its item type T, whose schema lists the fields;
//! - a string schema with `x-json-schema: {$ref: X}` reads "JSON text of X", on the component
//!   and wherever it is used (property rows, parameters, form-body fields);
//! - an `examples:` map shows each example under its name, with its summary.
//!
//! The pages hold inline CSS only: no script, no stylesheet, font or image from anywhere, and
//! nothing that points outside the output folder. Every `href` is an `http(s)://` URL, a
//! `#fragment` of the same page, or another page of the output (`index.html`,
//! `<provider>.html`). Every text of the spec is HTML-escaped; descriptions are CommonMark
//! (with tables), rendered by pulldown-cmark, where raw HTML shows as text, images as their
//! text, and links stay only where they go to an `http(s)://` URL or a `#fragment`; their bare
//! `http(s)://` URLs and `github.com/...` names become links. `x-source` is text the same way:
//! the documents our transcription started from are named as text ("seed 002, §3.1") and never
//! linked. JSON (examples, values) is printed by serde_json.
//!
//! The page layout, the index, the table of contents and the operations index are minijinja
//! templates (`xtask/templates/`, compiled in with `include_str!`); the sections inside are
//! built here. The spec is read through [`crate::model`] as `serde_norway::Value`, which keeps
//! the spec's key order: operations, properties and examples appear as written. Output depends
//! only on the specs.
//!
//! Problems (`Ok(false)`): a spec that is not YAML, a `$ref` to nothing, two operations with
//! the same `operationId` (the anchors would collide). The pages are written regardless.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use serde_norway::Value;

use crate::model;

/// Runs the command; `Ok(false)` means it found problems.
pub fn run(root: &Path, out: &Path) -> Result<bool, String> {
    let specs = crate::spec_files(root)?;
    if specs.is_empty() {
        return Err(format!("no specs in {}", root.join("specs").display()));
    }
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;

    let mut ok = true;
    let mut rows = Vec::new();
    for spec in &specs {
        let name = spec.file_stem().unwrap().to_string_lossy().into_owned();
        let file = spec.file_name().unwrap().to_string_lossy().into_owned();
        let parsed = std::fs::read_to_string(spec)
            .map_err(|e| format!("cannot read {}: {e}", spec.display()))
            .and_then(|text| {
                serde_norway::from_str::<Value>(&text).map_err(|e| format!("not valid YAML: {e}"))
            });
        let doc = match parsed {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("specs/{file}: {e}");
                ok = false;
                rows.push(IndexRow::failed(&name, &file, &e));
                continue;
            }
        };
        let page = Page::new(&name, &file, &doc);
        let html = page.render();
        let problems = page.problems.into_inner();
        for p in &problems {
            eprintln!("specs/{file}: {p}");
        }
        ok &= problems.is_empty();
        let target = out.join(format!("{name}.html"));
        std::fs::write(&target, html).map_err(|e| format!("cannot write {}: {e}", target.display()))?;
        rows.push(IndexRow::of(&name, &file, &doc));
    }
    let index = out.join("index.html");
    std::fs::write(&index, render_index(&rows))
        .map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    let operations: usize = rows.iter().map(|r| r.operations).sum();
    println!(
        "docs: {} with {} provider page(s), {operations} operations{}",
        index.display(),
        rows.len(),
        if ok { "" } else { " (with problems, see above)" }
    );
    Ok(ok)
}

// ------------------------------------------------------------------------------------------
// Small helpers

/// HTML-escapes text for element content and quoted attribute values alike.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Percent-encodes what may not stand in a relative URL path as is.
fn encode_path(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// An `id` for an HTML element: spec names are mostly ASCII already; anything else becomes `_`.
fn anchor(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn get<'v>(v: &'v Value, key: &str) -> Option<&'v Value> {
    match v {
        Value::Mapping(m) => m.get(key),
        Value::Tagged(t) => get(&t.value, key),
        _ => None,
    }
}

fn get_str<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    get(v, key).and_then(Value::as_str)
}

fn get_bool(v: &Value, key: &str) -> bool {
    get(v, key).and_then(Value::as_bool) == Some(true)
}

/// The mapping's entries with their keys as text (YAML keys may be numbers: `200:`).
fn entries(v: Option<&Value>) -> Vec<(String, &Value)> {
    match v {
        Some(Value::Mapping(m)) => m.iter().map(|(k, v)| (scalar_text(k), v)).collect(),
        Some(Value::Tagged(t)) => entries(Some(&t.value)),
        _ => Vec::new(),
    }
}

fn seq(v: Option<&Value>) -> &[Value] {
    match v {
        Some(Value::Sequence(s)) => s,
        _ => &[],
    }
}

fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Tagged(t) => scalar_text(&t.value),
        other => compact_json(other),
    }
}

/// serde_json's printer with a space after each `,` and `:`, on one line.
struct Spaced;

impl serde_json::ser::Formatter for Spaced {
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        if first { Ok(()) } else { w.write_all(b", ") }
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        if first { Ok(()) } else { w.write_all(b", ") }
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }
}

/// The value as one-line JSON, keys in the spec's order (serde_json's printer; a value JSON
/// cannot hold, such as a YAML key that is a list, falls back to its YAML text).
fn compact_json(v: &Value) -> String {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, Spaced);
    match serde::Serialize::serialize(v, &mut ser) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(_) => serde_norway::to_string(v)
            .unwrap_or_default()
            .trim_end()
            .to_owned(),
    }
}

/// The value as indented JSON, keys in the spec's order (`serde_json::to_string_pretty`).
fn pretty_json(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|_| compact_json(v))
}

/// Inline code that does not wrap when it is short (examples in narrow table columns).
fn short_code(text: &str) -> String {
    if text.chars().count() <= 24 {
        format!("<code class=\"nowrap\">{}</code>", escape(text))
    } else {
        format!("<code>{}</code>", escape(text))
    }
}

fn pre_json(v: &Value) -> String {
    format!(
        "<pre class=\"json\"><code>{}</code></pre>",
        escape(&pretty_json(v))
    )
}

// ------------------------------------------------------------------------------------------
// Inline Markdown and links

/// Escapes `text`, turning `http(s)://` URLs and bare `github.com/...` names into links. Nothing
/// else becomes a link: file names (`seeds/<file>`) stay text.
fn linkify(text: &str) -> String {
    let mut out = String::new();
    let mut plain_start = 0;
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let prev = text[..i].chars().next_back();
        let found = url_at(rest, prev);
        match found {
            Some((len, href)) => {
                out.push_str(&escape(&text[plain_start..i]));
                let _ = write!(
                    out,
                    "<a href=\"{}\">{}</a>",
                    escape(&href),
                    escape(&text[i..i + len])
                );
                i += len;
                plain_start = i;
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    out.push_str(&escape(&text[plain_start..]));
    out
}

/// A URL or bare `github.com/` name at the start of `rest`: its length and link.
fn url_at(rest: &str, prev: Option<char>) -> Option<(usize, String)> {
    if prev.is_some_and(|c| c.is_alphanumeric() || "/.-_:@".contains(c)) {
        return None;
    }
    let (scheme, needs_more) = if rest.starts_with("https://") || rest.starts_with("http://") {
        ("", rest.find("://").unwrap() + 3)
    } else if rest.starts_with("github.com/") {
        ("https://", "github.com/".len())
    } else {
        return None;
    };
    let mut end = rest
        .find(|c: char| c.is_whitespace() || "<>\"'`|\\^{}".contains(c))
        .unwrap_or(rest.len());
    // Trailing punctuation belongs to the sentence, and a `)` to it unless the URL opened one.
    loop {
        let url = &rest[..end];
        let Some(last) = url.chars().next_back() else {
            break;
        };
        let unbalanced = match last {
            ')' => url.matches('(').count() < url.matches(')').count(),
            ']' => url.matches('[').count() < url.matches(']').count(),
            _ => false,
        };
        if ".,;:!?*".contains(last) || unbalanced {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    if end <= needs_more {
        return None;
    }
    Some((end, format!("{scheme}{}", &rest[..end])))
}

/// Markdown (CommonMark, with tables) as HTML, by pulldown-cmark. What the spec writes is
/// text, never markup: raw HTML is shown escaped, images as their text, and a link only where it
/// goes to an `http(s)://` URL or a `#fragment` (anything else keeps its text). Bare URLs and
/// `github.com/...` names in the text become links ([`linkify`]).
fn markdown(text: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, TextMergeStream};
    let text = without_html_blocks(text);
    let parser = TextMergeStream::new(Parser::new_ext(&text, Options::ENABLE_TABLES));
    let mut events = Vec::new();
    // Per open link: whether it was kept.
    let mut links: Vec<bool> = Vec::new();
    let mut in_code_block = false;
    for event in parser {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => events.push(Event::Text(raw)),
            Event::Start(Tag::Link { dest_url, .. }) => {
                let kept = ["https://", "http://", "#"]
                    .iter()
                    .any(|p| dest_url.starts_with(p));
                links.push(kept);
                if kept {
                    events.push(Event::Start(Tag::Link {
                        link_type: pulldown_cmark::LinkType::Inline,
                        dest_url,
                        title: "".into(),
                        id: "".into(),
                    }));
                }
            }
            Event::End(TagEnd::Link) => {
                if links.pop() == Some(true) {
                    events.push(Event::End(TagEnd::Link));
                }
            }
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {}
            Event::Start(Tag::CodeBlock(kind)) => {
                in_code_block = true;
                events.push(Event::Start(Tag::CodeBlock(kind)));
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code_block = false;
                events.push(Event::End(TagEnd::CodeBlock));
            }
            Event::Text(t) if links.is_empty() && !in_code_block => {
                events.push(Event::InlineHtml(linkify(&t).into()))
            }
            other => events.push(other),
        }
    }
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, events.into_iter());
    out
}

/// `text` with the `<` that opens each CommonMark HTML block written as `&lt;`: a line that
/// starts with a tag (`<script>`, `<div>`) is then a paragraph whose text is shown, escaped, and
/// keeps its Markdown. Inline HTML needs no such care: [`markdown`] shows it as text.
fn without_html_blocks(text: &str) -> std::borrow::Cow<'_, str> {
    use pulldown_cmark::{Event, Parser, Tag};
    let mut text = std::borrow::Cow::Borrowed(text);
    // Each round turns the blocks found into text; what they held may start another.
    for _ in 0..8 {
        let starts: Vec<usize> = Parser::new(&text)
            .into_offset_iter()
            .filter(|(e, _)| matches!(e, Event::Start(Tag::HtmlBlock)))
            .filter_map(|(_, range)| Some(range.start + text[range].find('<')?))
            .collect();
        if starts.is_empty() {
            break;
        }
        let mut out = String::with_capacity(text.len() + 3 * starts.len());
        let mut last = 0;
        for at in starts {
            out.push_str(&text[last..at]);
            out.push_str("&lt;");
            last = at + 1;
        }
        out.push_str(&text[last..]);
        text = std::borrow::Cow::Owned(out);
    }
    text
}

/// Markdown for one line of a table or heading: [`markdown`] without the paragraph around a
/// single paragraph.
fn inline(text: &str) -> String {
    let html = markdown(text);
    match html.strip_prefix("<p>").and_then(|h| h.strip_suffix("</p>\n")) {
        Some(inner) if !inner.contains("<p>") => inner.to_owned(),
        _ => html,
    }
}

// ------------------------------------------------------------------------------------------
// The index page

#[derive(serde::Serialize)]
struct IndexRow {
    name: String,
    file: String,
    title: String,
    version: String,
    excerpt: String,
    operations: usize,
    schemas: usize,
    error: Option<String>,
}

impl IndexRow {
    fn failed(name: &str, file: &str, error: &str) -> Self {
        IndexRow {
            name: name.into(),
            file: file.into(),
            title: String::new(),
            version: String::new(),
            excerpt: String::new(),
            operations: 0,
            schemas: 0,
            error: Some(error.into()),
        }
    }

    fn of(name: &str, file: &str, doc: &Value) -> Self {
        let info = get(doc, "info");
        let info_str = |k| info.and_then(|i| get_str(i, k)).unwrap_or("").to_owned();
        IndexRow {
            name: name.into(),
            file: file.into(),
            title: info_str("title"),
            version: info
                .and_then(|i| get(i, "version"))
                .map(scalar_text)
                .unwrap_or_default(),
            excerpt: excerpt(&info_str("description")),
            operations: operations(doc).len(),
            schemas: entries(get(doc, "components").and_then(|c| get(c, "schemas"))).len(),
            error: None,
        }
    }
}

/// The first paragraph of a description, cut after about 320 characters at a word boundary.
fn excerpt(description: &str) -> String {
    let para: Vec<&str> = description
        .trim()
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect();
    let para = para.join(" ");
    if para.chars().count() <= 320 {
        return para;
    }
    let cut: String = para.chars().take(320).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut} …")
}

fn render_index(rows: &[IndexRow]) -> String {
    #[derive(serde::Serialize)]
    struct Row<'r> {
        #[serde(flatten)]
        row: &'r IndexRow,
        anchor: String,
        href: String,
        /// The excerpt as HTML (Markdown inline).
        excerpt_html: String,
    }
    let rows: Vec<Row<'_>> = rows
        .iter()
        .map(|row| Row {
            row,
            anchor: anchor(&row.name),
            href: encode_path(&row.name),
            excerpt_html: inline(&row.excerpt),
        })
        .collect();
    render_template(
        "index.html",
        minijinja::context! { title => "Payment provider API reference", rows },
    )
}

// ------------------------------------------------------------------------------------------
// The provider page

struct Operation<'v> {
    path: String,
    method: &'static str,
    item: &'v Value,
    op: &'v Value,
    id: String,
    /// Its parameters and the path item's (see [`model::Operation::parameters`]).
    parameters: Vec<&'v Value>,
}

fn operations(doc: &Value) -> Vec<Operation<'_>> {
    model::operations(doc)
        .into_iter()
        .map(|o| Operation {
            id: o
                .id
                .map_or_else(|| anchor(&format!("{}-{}", o.method, o.path)), str::to_owned),
            parameters: o.parameters(doc),
            path: o.path,
            method: o.method,
            item: o.item,
            op: o.op,
        })
        .collect()
}

/// Every `$ref` string inside `v`.
fn refs_in(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Mapping(m) => {
            for (k, v) in m {
                if k.as_str() == Some("$ref") {
                    if let Some(r) = v.as_str() {
                        out.insert(r.to_owned());
                    }
                } else {
                    refs_in(v, out);
                }
            }
        }
        Value::Sequence(s) => s.iter().for_each(|v| refs_in(v, out)),
        Value::Tagged(t) => refs_in(&t.value, out),
        _ => {}
    }
}

/// The branches of a schema's `anyOf` (or `oneOf`) without its null-only branches: the word to
/// join them with, the branches, and whether a null-only branch was there.
fn alternatives(schema: &Value) -> Option<(&'static str, Vec<&Value>, bool)> {
    for (key, word) in [("anyOf", "any of"), ("oneOf", "one of")] {
        let list = seq(get(schema, key));
        if !list.is_empty() {
            // The null-only branch as the generator reads it (`crate::lower`).
            let branches: Vec<&Value> = list.iter().filter(|b| !crate::lower::is_null_only(b)).collect();
            let null = branches.len() < list.len();
            return Some((word, branches, null));
        }
    }
    None
}

/// Whether a schema admits `null`: `nullable: true`, or a null-only `anyOf` / `oneOf` branch.
fn is_nullable(schema: &Value) -> bool {
    get_bool(schema, "nullable") || alternatives(schema).is_some_and(|(_, _, null)| null)
}

struct Page<'a> {
    name: &'a str,
    file: &'a str,
    doc: &'a Value,
    ops: Vec<Operation<'a>>,
    problems: RefCell<BTreeSet<String>>,
}

impl<'a> Page<'a> {
    fn new(name: &'a str, file: &'a str, doc: &'a Value) -> Self {
        Page {
            name,
            file,
            doc,
            ops: operations(doc),
            problems: RefCell::new(BTreeSet::new()),
        }
    }

    fn problem(&self, p: String) {
        self.problems.borrow_mut().insert(p);
    }

    fn md(&self, text: &str) -> String {
        markdown(text)
    }

    fn components(&self, kind: &str) -> Vec<(String, &'a Value)> {
        entries(get(self.doc, "components").and_then(|c| get(c, kind)))
    }

    /// Follows a local JSON pointer (`#/components/schemas/X`).
    fn resolve(&self, reference: &str) -> Option<&'a Value> {
        model::pointer(self.doc, reference)
    }

    /// A link to what a `$ref` names, or a marked text if it names nothing.
    fn ref_link(&self, reference: &str) -> String {
        let target = self.resolve(reference);
        let (prefix, name) = match reference.rsplit_once('/') {
            Some((p, n)) => (p, n),
            None => ("", reference),
        };
        let kind = match prefix {
            "#/components/schemas" => Some("schema"),
            "#/components/responses" => Some("response"),
            "#/components/parameters" => Some("parameter"),
            "#/components/requestBodies" => Some("request-body"),
            "#/components/securitySchemes" => Some("scheme"),
            _ => None,
        };
        match (target, kind) {
            (Some(target), Some(kind)) => {
                let mut out = format!(
                    "<a class=\"ref\" href=\"#{kind}-{}\">{}</a>",
                    anchor(name),
                    escape(name)
                );
                if kind == "schema" {
                    if get_bool(target, "x-open-enum") {
                        out.push_str(" <span class=\"badge open\">open enum</span>");
                    }
                    if let Some(rust) = get_str(target, "x-rust-type") {
                        let _ = write!(
                            out,
                            " <span class=\"rust\">→ <code>{}</code></span>",
                            self.rust_type_html(rust)
                        );
                    }
                    out.push_str(&self.json_text_html(target));
                }
                out
            }
            (Some(_), None) => format!("<code>{}</code>", escape(reference)),
            (None, _) => {
                self.problem(format!("$ref {reference:?} names nothing in the spec"));
                format!(
                    "<code class=\"broken\" title=\"dangling $ref\">{}</code>",
                    escape(reference)
                )
            }
        }
    }

    /// The component schema names inside a Rust type (`::payspec::LenientList<Payment>`).
    fn schema_names_in(&self, rust: &str) -> Vec<String> {
        rust.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty())
            .filter(|w| self.resolve(&format!("#/components/schemas/{w}")).is_some())
            .filter(|w| !rust.contains(&format!("::{w}")))
            .map(str::to_owned)
            .collect()
    }

    /// A Rust type, escaped, with the component schemas it names linked.
    fn rust_type_html(&self, rust: &str) -> String {
        let names = self.schema_names_in(rust);
        let mut out = String::new();
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut String| {
            if names.contains(word) {
                let _ = write!(out, "<a href=\"#schema-{}\">{}</a>", anchor(word), escape(word));
            } else {
                out.push_str(&escape(word));
            }
            word.clear();
        };
        for c in rust.chars() {
            if c.is_ascii_alphanumeric() || c == '_' {
                word.push(c);
            } else {
                flush(&mut word, &mut out);
                out.push_str(&escape(&c.to_string()));
            }
        }
        flush(&mut word, &mut out);
        out
    }

    /// A schema's type in one line: `$ref` links, `array of`, `map of`, formats, `or null` for a
    /// null-only branch, `JSON text of` for `x-json-schema`.
    fn type_html(&self, schema: &Value) -> String {
        if let Some(r) = get_str(schema, "$ref") {
            return self.ref_link(r);
        }
        // `allOf: [{$ref: X}]` beside a description: the type is X.
        let all = seq(get(schema, "allOf"));
        if all.len() == 1 {
            let mut out = self.type_html(&all[0]);
            if get_bool(schema, "nullable") {
                out.push_str(" or <code>null</code>");
            }
            return out;
        }
        if !all.is_empty() {
            let parts: Vec<String> = all.iter().map(|s| self.type_html(s)).collect();
            return format!("all of ({})", parts.join(" | "));
        }
        if let Some((word, branches, null)) = alternatives(schema) {
            let mut out = match branches.as_slice() {
                [] => "<code>null</code>".to_owned(),
                [one] => self.type_html(one),
                many => {
                    let parts: Vec<String> = many.iter().map(|s| self.type_html(s)).collect();
                    format!("{word} ({})", parts.join(" | "))
                }
            };
            if null && !branches.is_empty() {
                out.push_str(" or <code>null</code>");
            }
            return out;
        }
        let ty = get_str(schema, "type");
        let mut out = match ty {
            Some("array") => match get(schema, "items") {
                Some(items) => format!("array of {}", self.type_html(items)),
                None => "array".into(),
            },
            Some("object") | None if get(schema, "properties").is_none() => {
                match get(schema, "additionalProperties") {
                    Some(Value::Bool(false)) | None => {
                        format!("<code>{}</code>", ty.unwrap_or("any"))
                    }
                    Some(Value::Bool(true)) => "map of any".into(),
                    Some(ap) if entries(Some(ap)).is_empty() => "map of any".into(),
                    Some(ap) => format!("map of {}", self.type_html(ap)),
                }
            }
            Some(t) => format!("<code>{}</code>", escape(t)),
            None => "<code>object</code>".into(),
        };
        if let Some(format) = get(schema, "format") {
            let _ = write!(
                out,
                " <span class=\"format\">({})</span>",
                escape(&scalar_text(format))
            );
        }
        out.push_str(&self.json_text_html(schema));
        out
    }

    /// ` — JSON text of X` for a string schema with `x-json-schema` (JSON carried inside text).
    fn json_text_html(&self, schema: &Value) -> String {
        let Some(inner) = get(schema, "x-json-schema") else {
            return String::new();
        };
        // A plain link (no Rust type, no nested `JSON text of`): two such schemas naming each
        // other must not recurse.
        let what = match get_str(inner, "$ref") {
            Some(r) => match (self.resolve(r), r.strip_prefix("#/components/schemas/")) {
                (Some(_), Some(name)) => format!(
                    "<a class=\"ref\" href=\"#schema-{}\">{}</a>",
                    anchor(name),
                    escape(name)
                ),
                _ => self.ref_link(r),
            },
            None => format!("<code>{}</code>", escape(&compact_json(inner))),
        };
        format!(" <span class=\"json-text\">— JSON text of {what}</span>")
    }

    fn enum_html(&self, schema: &Value) -> String {
        let values = seq(get(schema, "enum"));
        if values.is_empty() {
            return String::new();
        }
        let open = get_bool(schema, "x-open-enum");
        let items: Vec<String> = values
            .iter()
            .map(|v| format!("<code>{}</code>", escape(&compact_json(v))))
            .collect();
        format!(
            "<div class=\"enum\">{} {}</div>",
            if open {
                "<span class=\"badge open\" title=\"x-open-enum: values not listed decode as Other\">open enum</span>"
            } else {
                "<span class=\"badge closed\">enum</span>"
            },
            items.join(" ")
        )
    }

    /// Validation keywords and other plain facts of a schema, as `key: value` lines.
    fn facts_html(&self, schema: &Value) -> String {
        let mut out = String::new();
        for key in [
            "default",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "minLength",
            "maxLength",
            "pattern",
            "minItems",
            "maxItems",
            "uniqueItems",
            "readOnly",
            "writeOnly",
            "deprecated",
        ] {
            if let Some(v) = get(schema, key) {
                let _ = write!(
                    out,
                    "<div class=\"fact\">{key}: <code>{}</code></div>",
                    escape(&compact_json(v))
                );
            }
        }
        out
    }

    /// `x-*` keys of `v` other than `skip`, each rendered by [`Self::extension_html`].
    fn other_extensions(&self, v: &Value, skip: &[&str]) -> String {
        let mut out = String::new();
        for (key, value) in entries(Some(v)) {
            if key.starts_with("x-") && !skip.contains(&key.as_str()) {
                let _ = write!(
                    out,
                    "<div class=\"ext\"><span class=\"ext-name\">{}</span> {}</div>",
                    escape(&key),
                    self.extension_html(value)
                );
            }
        }
        out
    }

    /// A generic rendering of an extension's value: text as Markdown, lists of text as a list,
    /// lists of objects and objects of scalars as tables, anything else as JSON.
    fn extension_html(&self, value: &Value) -> String {
        let is_scalar = |v: &Value| !matches!(v, Value::Sequence(_) | Value::Mapping(_));
        match value {
            Value::String(s) => self.md(s),
            Value::Sequence(items) if items.iter().all(|v| v.as_str().is_some()) => {
                let lis: Vec<String> = items
                    .iter()
                    .map(|v| format!("<li>{}</li>", inline(v.as_str().unwrap())))
                    .collect();
                format!("<ul>{}</ul>", lis.concat())
            }
            Value::Sequence(items)
                if !items.is_empty()
                    && items.iter().all(|v| {
                        matches!(v, Value::Mapping(_)) && entries(Some(v)).iter().all(|(_, x)| is_scalar(x))
                    }) =>
            {
                let mut columns: Vec<String> = Vec::new();
                for item in items {
                    for (k, _) in entries(Some(item)) {
                        if !columns.contains(&k) {
                            columns.push(k);
                        }
                    }
                }
                let mut out = String::from("<table class=\"ext-table\"><thead><tr>");
                for c in &columns {
                    let _ = write!(out, "<th>{}</th>", escape(c));
                }
                out.push_str("</tr></thead><tbody>");
                for item in items {
                    out.push_str("<tr>");
                    for c in &columns {
                        let cell = get(item, c).map(|v| match v {
                            Value::String(s) => inline(s),
                            other => format!("<code>{}</code>", escape(&compact_json(other))),
                        });
                        let _ = write!(out, "<td>{}</td>", cell.unwrap_or_default());
                    }
                    out.push_str("</tr>");
                }
                out.push_str("</tbody></table>");
                out
            }
            Value::Mapping(_) if entries(Some(value)).iter().all(|(_, v)| is_scalar(v)) => {
                let mut out = String::from("<table class=\"ext-table\"><tbody>");
                for (k, v) in entries(Some(value)) {
                    let _ = write!(
                        out,
                        "<tr><th><code>{}</code></th><td><code>{}</code></td></tr>",
                        escape(&k),
                        escape(&scalar_text(v))
                    );
                }
                out.push_str("</tbody></table>");
                out
            }
            other if is_scalar(other) => format!("<code>{}</code>", escape(&compact_json(other))),
            other => pre_json(other),
        }
    }

    /// `x-source`, one text or a list of texts, with links.
    fn sources_html(&self, v: &Value) -> String {
        let Some(source) = get(v, "x-source") else {
            return String::new();
        };
        let body = match source {
            Value::String(s) => format!("<span>{}</span>", inline(s.trim())),
            Value::Sequence(items) => {
                let lis: Vec<String> = items
                    .iter()
                    .map(|i| format!("<li>{}</li>", inline(scalar_text(i).trim())))
                    .collect();
                format!("<ul>{}</ul>", lis.concat())
            }
            other => self.extension_html(other),
        };
        format!("<div class=\"source\"><span class=\"label\">Source (x-source):</span> {body}</div>\n")
    }

    fn render(&self) -> String {
        let info = get(self.doc, "info").cloned().unwrap_or(Value::Null);
        let title = get_str(&info, "title").unwrap_or(self.name);
        let sections = [
            self.render_info(&info, title),
            self.render_servers(),
            self.render_auth(),
            self.render_operations(),
            self.render_schemas(),
            self.render_component_responses(),
        ];
        render_template(
            "provider.html",
            minijinja::context! {
                title => format!("{title} — {}", self.name),
                sections,
                ..self.toc(title)
            },
        )
    }

    /// The tags in order: declared ones first, then any only operations name, then "other".
    fn tag_groups(&self) -> Vec<(String, Option<&'a Value>, Vec<usize>)> {
        let mut groups: Vec<(String, Option<&'a Value>, Vec<usize>)> = seq(get(self.doc, "tags"))
            .iter()
            .filter_map(|t| Some((get_str(t, "name")?.to_owned(), Some(t), Vec::new())))
            .collect();
        let mut untagged = Vec::new();
        for (i, op) in self.ops.iter().enumerate() {
            let tags: Vec<&str> = seq(get(op.op, "tags")).iter().filter_map(Value::as_str).collect();
            if tags.is_empty() {
                untagged.push(i);
            }
            for tag in tags {
                match groups.iter_mut().find(|g| g.0 == tag) {
                    Some(g) => g.2.push(i),
                    None => groups.push((tag.to_owned(), None, vec![i])),
                }
            }
        }
        if !untagged.is_empty() {
            groups.push(("(untagged)".into(), None, untagged));
        }
        groups
    }

    /// The table of contents (`templates/toc.html`): the tag groups with their operations, the
    /// schemas by name.
    fn toc(&self, heading: &str) -> minijinja::Value {
        let groups: Vec<minijinja::Value> = self
            .tag_groups()
            .into_iter()
            .map(|(tag, _, ops)| {
                let ops: Vec<minijinja::Value> = ops
                    .into_iter()
                    .map(|i| minijinja::context! { id => self.ops[i].id, method => self.ops[i].method })
                    .collect();
                minijinja::context! { anchor => anchor(&tag), name => tag, ops }
            })
            .collect();
        let mut names: Vec<String> = self.components("schemas").into_iter().map(|(n, _)| n).collect();
        names.sort();
        let schemas: Vec<minijinja::Value> = names
            .into_iter()
            .map(|name| minijinja::context! { anchor => anchor(&name), name })
            .collect();
        minijinja::context! {
            heading,
            groups,
            schemas,
            shared_responses => !self.components("responses").is_empty(),
        }
    }

    fn render_info(&self, info: &Value, title: &str) -> String {
        render_template(
            "info.html",
            minijinja::context! {
                heading => title,
                version => get(info, "version").map(scalar_text).unwrap_or_default(),
                openapi => get(self.doc, "openapi").map(scalar_text).unwrap_or_default(),
                file => self.file,
                operations => self.ops.len(),
                schemas => self.components("schemas").len(),
                description => get_str(info, "description").map(|d| self.md(d)),
                envelope => get_str(self.doc, "x-error-envelope").map(|e| self.ref_link(e)),
                sources => get(self.doc, "x-source").map(|_| self.sources_html(self.doc)),
                other => self.other_extensions(self.doc, &["x-source", "x-auth", "x-error-envelope"]),
            },
        )
    }

    fn render_servers(&self) -> String {
        let servers: Vec<minijinja::Value> = seq(get(self.doc, "servers"))
            .iter()
            .map(|server| {
                let variables: Vec<minijinja::Value> = entries(get(server, "variables"))
                    .into_iter()
                    .map(|(name, var)| {
                        minijinja::context! {
                            name,
                            default => get(var, "default").map(scalar_text).unwrap_or_default(),
                            values => seq(get(var, "enum")).iter().map(scalar_text).collect::<Vec<_>>(),
                            description => get_str(var, "description").map(|d| self.md(d)).unwrap_or_default(),
                        }
                    })
                    .collect();
                minijinja::context! {
                    url => get_str(server, "url").unwrap_or(""),
                    description => get_str(server, "description").map(|d| self.md(d)).unwrap_or_default(),
                    variables,
                }
            })
            .collect();
        render_template("servers.html", minijinja::context! { servers })
    }

    fn security_html(&self, requirements: &[Value]) -> String {
        if requirements.is_empty() {
            return "none".into();
        }
        let alternatives: Vec<String> = requirements
            .iter()
            .map(|req| {
                let all: Vec<String> = entries(Some(req))
                    .into_iter()
                    .map(|(name, scopes)| {
                        let link = match self.resolve(&format!("#/components/securitySchemes/{name}")) {
                            Some(_) => format!("<a href=\"#scheme-{}\">{}</a>", anchor(&name), escape(&name)),
                            None => {
                                self.problem(format!("security names the undeclared scheme {name:?}"));
                                format!("<code class=\"broken\">{}</code>", escape(&name))
                            }
                        };
                        let scopes: Vec<String> = seq(Some(scopes)).iter().map(scalar_text).collect();
                        if scopes.is_empty() {
                            link
                        } else {
                            format!("{link} ({})", escape(&scopes.join(", ")))
                        }
                    })
                    .collect();
                if all.is_empty() {
                    "anonymous".to_owned()
                } else {
                    all.join(" + ")
                }
            })
            .collect();
        alternatives.join(" <em>or</em> ")
    }

    fn render_auth(&self) -> String {
        let schemes: Vec<minijinja::Value> = self
            .components("securitySchemes")
            .into_iter()
            .map(|(name, scheme)| {
                let ty = get_str(scheme, "type").unwrap_or("");
                let place = match ty {
                    "apiKey" => format!(
                        "{} <code>{}</code>",
                        escape(get_str(scheme, "in").unwrap_or("")),
                        escape(get_str(scheme, "name").unwrap_or(""))
                    ),
                    "http" => format!(
                        "<code>Authorization</code> {}{}",
                        escape(get_str(scheme, "scheme").unwrap_or("")),
                        get_str(scheme, "bearerFormat")
                            .map(|f| format!(" ({})", escape(f)))
                            .unwrap_or_default()
                    ),
                    "openIdConnect" => escape(get_str(scheme, "openIdConnectUrl").unwrap_or("")),
                    _ => get(scheme, "flows").map(pre_json).unwrap_or_default(),
                };
                minijinja::context! {
                    anchor => anchor(&name),
                    name,
                    type => ty,
                    place,
                    description => get_str(scheme, "description").map(|d| self.md(d)).unwrap_or_default(),
                }
            })
            .collect();
        let credentials: Vec<minijinja::Value> = seq(get(self.doc, "x-auth"))
            .iter()
            .map(|item| {
                minijinja::context! {
                    name => get(item, "name").map(scalar_text).unwrap_or_default(),
                    in => get(item, "in").map(scalar_text).unwrap_or_default(),
                    operation => get_str(item, "operation"),
                    description => get_str(item, "description").map(|d| self.md(d)).unwrap_or_default(),
                }
            })
            .collect();
        render_template(
            "auth.html",
            minijinja::context! {
                security => get(self.doc, "security").map(|s| self.security_html(seq(Some(s)))),
                schemes,
                credentials,
            },
        )
    }

    fn render_operations(&self) -> String {
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for op in &self.ops {
            *seen.entry(&op.id).or_default() += 1;
        }
        for (id, n) in seen {
            if n > 1 {
                self.problem(format!(
                    "operationId {id:?} is used by {n} operations (their anchors collide)"
                ));
            }
        }
        let mut rendered = BTreeSet::new();
        let groups: Vec<minijinja::Value> = self
            .tag_groups()
            .into_iter()
            .map(|(tag, decl, ops)| {
                let ops: Vec<minijinja::Value> = ops
                    .into_iter()
                    .map(|i| {
                        let op = &self.ops[i];
                        minijinja::context! {
                            id => op.id,
                            method => op.method,
                            path => op.path,
                            summary => get_str(op.op, "summary").map(inline).unwrap_or_default(),
                            // Described once, under its first tag.
                            body => rendered.insert(i).then(|| self.render_operation(op)),
                        }
                    })
                    .collect();
                let description = decl.and_then(|t| get_str(t, "description")).map(|d| self.md(d));
                minijinja::context! {
                    anchor => anchor(&tag),
                    name => tag,
                    description => description.unwrap_or_default(),
                    ops,
                }
            })
            .collect();
        render_template("operations.html", minijinja::context! { groups })
    }

    fn render_operation(&self, op: &Operation<'a>) -> String {
        let o = op.op;
        let descriptions: Vec<String> = [op.item, o]
            .into_iter()
            .filter_map(|v| get_str(v, "description"))
            .map(|d| self.md(d))
            .collect();
        render_template(
            "operation.html",
            minijinja::context! {
                id => op.id,
                method => op.method,
                path => op.path,
                summary => get_str(o, "summary").filter(|s| !s.is_empty()).map(inline),
                deprecated => get_bool(o, "deprecated"),
                descriptions,
                sources => self.sources_html(o),
                security => get(o, "security").map(|sec| self.security_html(seq(Some(sec)))),
                parts => [
                    self.operation_extensions(o),
                    self.render_parameters(op),
                    self.render_request_body(o),
                    self.render_responses(o),
                ],
            },
        )
    }

    fn operation_extensions(&self, o: &Value) -> String {
        let mut out = String::new();
        if let Some(sig) = get(o, "x-signature") {
            let field = get_str(sig, "field").unwrap_or("signature");
            let of: Vec<String> = seq(get(sig, "of"))
                .iter()
                .map(|f| format!("<code>{}</code>", escape(&scalar_text(f))))
                .collect();
            let canonical: Vec<String> = seq(get(sig, "canonical"))
                .iter()
                .map(|f| format!("<code>{}</code>", escape(&scalar_text(f))))
                .collect();
            let canonical = if canonical.is_empty() {
                String::new()
            } else {
                format!(
                    " {} go on the wire and into the signature in their shortest exact decimal text \
                     (no trailing zeros, no exponent).",
                    canonical.join(", ")
                )
            };
            let _ = writeln!(
                out,
                "<div class=\"ext\"><span class=\"ext-name\">x-signature</span> The client writes the body field \
                 <code>{}</code> = lowercase hex sha1({}:<em>salt</em>), each field's exact text joined by <code>:</code>.{}</div>",
                escape(field),
                of.join(":"),
                canonical
            );
        }
        let groups = seq(get(o, "x-require-one-of"));
        if !groups.is_empty() {
            let lis: Vec<String> = groups
                .iter()
                .map(|g| {
                    let names: Vec<String> = seq(Some(g))
                        .iter()
                        .map(|n| format!("<code>{}</code>", escape(&scalar_text(n))))
                        .collect();
                    format!("<li>at least one of {}</li>", names.join(", "))
                })
                .collect();
            let _ = writeln!(
                out,
                "<div class=\"ext\"><span class=\"ext-name\">x-require-one-of</span> The client refuses to send the request unless it has:<ul>{}</ul></div>",
                lis.concat()
            );
        }
        let fills = seq(get(o, "x-client-fills"));
        if !fills.is_empty() {
            let names: Vec<String> = fills
                .iter()
                .map(|n| format!("<code>{}</code>", escape(&scalar_text(n))))
                .collect();
            let _ = writeln!(
                out,
                "<div class=\"ext\"><span class=\"ext-name\">x-client-fills</span> Body fields the client fills from its configuration when the caller leaves them out: {}</div>",
                names.join(", ")
            );
        }
        let urls = seq(get(o, "x-examples-urls"));
        if !urls.is_empty() {
            let lis: Vec<String> = urls
                .iter()
                .map(|u| format!("<li><code>{}</code></li>", escape(&scalar_text(u))))
                .collect();
            let _ = writeln!(
                out,
                "<div class=\"ext\"><span class=\"ext-name\">x-examples-urls</span> The documentation's own example requests:<ul class=\"urls\">{}</ul></div>",
                lis.concat()
            );
        }
        out.push_str(&self.other_extensions(
            o,
            &[
                "x-source",
                "x-signature",
                "x-require-one-of",
                "x-client-fills",
                "x-examples-urls",
                "x-request-body",
            ],
        ));
        out
    }

    fn parameter(&self, p: &'a Value) -> Option<&'a Value> {
        match get_str(p, "$ref") {
            Some(r) => {
                let target = self.resolve(r);
                if target.is_none() {
                    self.problem(format!("$ref {r:?} names nothing in the spec"));
                }
                target
            }
            None => Some(p),
        }
    }

    fn render_parameters(&self, op: &Operation<'a>) -> String {
        // Path-level parameters, overridden by operation-level ones of the same name and place.
        let params: Vec<&'a Value> = op.parameters.iter().filter_map(|p| self.parameter(p)).collect();
        if params.is_empty() {
            return String::new();
        }
        let mut out = String::from(
            "<h4>Parameters</h4>\n<table class=\"params\"><thead><tr><th>Name</th><th>In</th><th>Required</th><th>Type</th><th>Description</th><th>Example</th></tr></thead><tbody>\n",
        );
        for p in params {
            let ty = match (get(p, "schema"), get(p, "content")) {
                (Some(s), _) => self.type_html(s),
                (None, Some(c)) => entries(Some(c))
                    .into_iter()
                    .map(|(mt, m)| {
                        format!(
                            "<code>{}</code> {}",
                            escape(&mt),
                            get(m, "schema").map(|s| self.type_html(s)).unwrap_or_default()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("<br>"),
                _ => String::new(),
            };
            let mut desc = get_str(p, "description").map(|d| self.md(d)).unwrap_or_default();
            if let Some(s) = get(p, "schema") {
                desc.push_str(&self.enum_html(s));
                desc.push_str(&self.facts_html(s));
            }
            for key in ["style", "explode", "allowReserved", "deprecated"] {
                if let Some(v) = get(p, key) {
                    let _ = write!(
                        desc,
                        "<div class=\"fact\">{key}: <code>{}</code></div>",
                        escape(&compact_json(v))
                    );
                }
            }
            desc.push_str(&self.other_extensions(p, &[]));
            let mut example = get(p, "example")
                .map(|e| short_code(&compact_json(e)))
                .unwrap_or_default();
            for (name, ex) in entries(get(p, "examples")) {
                let value = get(ex, "value").map(compact_json).unwrap_or_default();
                let _ = write!(
                    example,
                    "<div>{}: <code>{}</code></div>",
                    escape(&name),
                    escape(&value)
                );
            }
            let _ = writeln!(
                out,
                "<tr><td><code class=\"param\">{name}</code></td><td>{place}</td><td>{req}</td><td>{ty}</td><td>{desc}</td><td>{example}</td></tr>",
                name = escape(&get(p, "name").map(scalar_text).unwrap_or_default()),
                place = escape(&get(p, "in").map(scalar_text).unwrap_or_default()),
                req = if get_bool(p, "required") {
                    "<strong>required</strong>"
                } else {
                    "optional"
                },
            );
        }
        out.push_str("</tbody></table>\n");
        out
    }

    /// The media types of a request body or response: schema link and examples.
    fn content_html(&self, content: Option<&'a Value>) -> String {
        let mut out = String::new();
        for (media, m) in entries(content) {
            let _ = write!(
                out,
                "<div class=\"media\"><p><code class=\"media-type\">{}</code>",
                escape(&media)
            );
            if let Some(s) = get(m, "schema") {
                let _ = write!(out, " — schema: {}", self.schema_line(s));
                if get_str(s, "$ref").is_none() && get(s, "properties").is_some() {
                    let _ = write!(out, "</p>{}<p>", self.properties_table(s));
                }
            }
            out.push_str("</p>\n");
            if let Some(ex) = get(m, "example") {
                let _ = writeln!(out, "<p class=\"label\">Example</p>{}", pre_json(ex));
            }
            out.push_str(&self.examples_html(get(m, "examples")));
            out.push_str("</div>\n");
        }
        out
    }

    /// The schema of a body: its type, and where it is an `anyOf` / `oneOf` of a success type and
    /// the root `x-error-envelope`, both shapes: the success type, then the refusal.
    fn schema_line(&self, s: &Value) -> String {
        let envelope = get_str(self.doc, "x-error-envelope");
        if let (Some(envelope), Some((word, branches, null))) = (envelope, alternatives(s))
            && branches.len() >= 2
            && branches.iter().any(|b| get_str(b, "$ref") == Some(envelope))
        {
            let success: Vec<&Value> = branches
                .iter()
                .copied()
                .filter(|b| get_str(b, "$ref") != Some(envelope))
                .collect();
            let mut main = match success.as_slice() {
                [one] => self.type_html(one),
                many => {
                    let parts: Vec<String> = many.iter().map(|b| self.type_html(b)).collect();
                    format!("{word} ({})", parts.join(" | "))
                }
            };
            if null {
                main.push_str(" or <code>null</code>");
            }
            return format!(
                "<span class=\"success\">{main}</span><br><span class=\"refusal\">or, on refusal (HTTP 200): {} \
                 <span class=\"badge envelope\">error envelope</span></span>",
                self.ref_link(envelope)
            );
        }
        self.type_html(s)
    }

    /// An `examples:` map (of a media type or a parameter): each example under its name, with its
    /// summary and description; `$ref`s to `#/components/examples/` are followed.
    fn examples_html(&self, examples: Option<&'a Value>) -> String {
        let mut out = String::new();
        for (name, ex) in entries(examples) {
            let ex = match get_str(ex, "$ref") {
                Some(r) => match self.resolve(r) {
                    Some(target) => target,
                    None => {
                        let _ = writeln!(
                            out,
                            "<p class=\"label example-name\">Example <code>{}</code>: {}</p>",
                            escape(&name),
                            self.ref_link(r)
                        );
                        continue;
                    }
                },
                None => ex,
            };
            let _ = writeln!(
                out,
                "<p class=\"label example-name\">Example <code>{}</code></p>",
                escape(&name)
            );
            if let Some(s) = get_str(ex, "summary") {
                out.push_str(&self.md(s));
            }
            if let Some(d) = get_str(ex, "description") {
                out.push_str(&self.md(d));
            }
            if let Some(v) = get(ex, "value") {
                out.push_str(&pre_json(v));
            }
            if let Some(url) = get_str(ex, "externalValue") {
                let _ = writeln!(out, "<p class=\"fact\">externalValue: {}</p>", linkify(url));
            }
        }
        out
    }

    fn render_request_body(&self, o: &'a Value) -> String {
        let mut out = String::new();
        let body = match get(o, "requestBody") {
            Some(b) => match get_str(b, "$ref") {
                Some(r) => {
                    let _ = write!(out, "<p>{}</p>", self.ref_link(r));
                    self.resolve(r)
                }
                None => Some(b),
            },
            None => None,
        };
        let mut heading = String::from("<h4>Request body</h4>\n");
        if let Some(body) = body {
            heading = format!(
                "<h4>Request body <span class=\"fact\">({})</span></h4>\n",
                if get_bool(body, "required") {
                    "required"
                } else {
                    "optional"
                }
            );
            if let Some(d) = get_str(body, "description") {
                out.push_str(&self.md(d));
            }
            out.push_str(&self.content_html(get(body, "content")));
        }
        if let Some(note) = get_str(o, "x-request-body") {
            let _ = write!(
                out,
                "<div class=\"ext\"><span class=\"ext-name\">x-request-body</span> {}</div>",
                self.md(note)
            );
        }
        if out.is_empty() {
            return out;
        }
        format!("{heading}{out}")
    }

    fn render_responses(&self, o: &'a Value) -> String {
        let responses = entries(get(o, "responses"));
        if responses.is_empty() {
            return String::new();
        }
        let mut out = String::from("<h4>Responses</h4>\n");
        for (status, r) in responses {
            let _ = write!(
                out,
                "<div class=\"response\"><p><span class=\"status\">{}</span> ",
                escape(&status)
            );
            let r = match get_str(r, "$ref") {
                Some(reference) => {
                    let _ = write!(out, "{} ", self.ref_link(reference));
                    match self.resolve(reference) {
                        Some(target) => {
                            // A shared response: name its schema here, details at its anchor.
                            for (media, m) in entries(get(target, "content")) {
                                if let Some(s) = get(m, "schema") {
                                    let _ = write!(
                                        out,
                                        "— <code>{}</code> {} ",
                                        escape(&media),
                                        self.schema_line(s)
                                    );
                                }
                            }
                            out.push_str("</p></div>\n");
                            continue;
                        }
                        None => r,
                    }
                }
                None => r,
            };
            out.push_str("</p>\n");
            if let Some(d) = get_str(r, "description") {
                out.push_str(&self.md(d));
            }
            out.push_str(&self.headers_html(r));
            out.push_str(&self.content_html(get(r, "content")));
            out.push_str("</div>\n");
        }
        out
    }

    fn headers_html(&self, r: &'a Value) -> String {
        let headers = entries(get(r, "headers"));
        if headers.is_empty() {
            return String::new();
        }
        let mut out = String::from(
            "<table><thead><tr><th>Header</th><th>Type</th><th>Description</th></tr></thead><tbody>",
        );
        for (name, h) in headers {
            let _ = write!(
                out,
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                escape(&name),
                get(h, "schema").map(|s| self.type_html(s)).unwrap_or_default(),
                get_str(h, "description").map(|d| self.md(d)).unwrap_or_default()
            );
        }
        out.push_str("</tbody></table>\n");
        out
    }

    fn properties_table(&self, schema: &'a Value) -> String {
        let props = entries(get(schema, "properties"));
        if props.is_empty() {
            return String::new();
        }
        let required: BTreeSet<String> = seq(get(schema, "required")).iter().map(scalar_text).collect();
        let mut out = String::from(
            "<table class=\"props\"><thead><tr><th>Property</th><th>Type</th><th>Required</th><th>Nullable</th><th>Description</th></tr></thead><tbody>\n",
        );
        for (name, p) in &props {
            let mut desc = get_str(p, "description").map(|d| self.md(d)).unwrap_or_default();
            desc.push_str(&self.enum_html(p));
            desc.push_str(&self.facts_html(p));
            if let Some(rust) = get_str(p, "x-rust-type") {
                let _ = write!(
                    desc,
                    "<div class=\"fact\">Rust: <code>{}</code></div>",
                    escape(rust)
                );
            }
            if let Some(ex) = get(p, "example") {
                let _ = write!(
                    desc,
                    "<div class=\"fact\">example: <code>{}</code></div>",
                    escape(&compact_json(ex))
                );
            }
            desc.push_str(&self.other_extensions(p, &["x-rust-type", "x-open-enum", "x-json-schema"]));
            // Inline objects (and arrays of them) get their own nested table; so does the one
            // schema of an `anyOf` whose other branch only admits `null`.
            let inner = match alternatives(p) {
                Some((_, branches, _)) if branches.len() == 1 => branches[0],
                _ => *p,
            };
            if get_str(inner, "$ref").is_none() {
                if get(inner, "properties").is_some() {
                    desc.push_str(&self.properties_table(inner));
                } else if let Some(items) = get(inner, "items").filter(|i| get(i, "properties").is_some()) {
                    desc.push_str(&self.properties_table(items));
                }
            }
            let _ = writeln!(
                out,
                "<tr><td><code class=\"prop\">{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(name),
                self.type_html(p),
                if required.contains(name) {
                    "<strong>required</strong>"
                } else {
                    ""
                },
                if is_nullable(p) { "nullable" } else { "" },
                desc
            );
        }
        out.push_str("</tbody></table>\n");
        for r in &required {
            if !props.iter().any(|(n, _)| n == r) {
                let _ = writeln!(
                    out,
                    "<p class=\"fact\">required without a declared property: <code>{}</code></p>",
                    escape(r)
                );
            }
        }
        out
    }

    fn render_schemas(&self) -> String {
        let schemas = self.components("schemas");
        // Who refers to each schema: operations and other schemas.
        let mut used_by_ops: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for op in &self.ops {
            let mut refs = BTreeSet::new();
            refs_in(op.op, &mut refs);
            for r in refs {
                if let Some(n) = r.strip_prefix("#/components/schemas/") {
                    used_by_ops.entry(n.to_owned()).or_default().insert(op.id.clone());
                }
            }
        }
        let mut used_by_schemas: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (kind, prefix) in [
            ("schemas", "schema"),
            ("responses", "response"),
            ("parameters", "parameter"),
        ] {
            for (name, s) in self.components(kind) {
                let mut refs = BTreeSet::new();
                refs_in(s, &mut refs);
                // `x-rust-type: "::payspec::JsonText<RefundCart>"` uses `RefundCart` too.
                let rust_names = get_str(s, "x-rust-type")
                    .map(|rust| self.schema_names_in(rust))
                    .unwrap_or_default();
                let rust_refs = rust_names
                    .into_iter()
                    .map(|n| format!("#/components/schemas/{n}"));
                for r in refs.into_iter().chain(rust_refs) {
                    if let Some(n) = r.strip_prefix("#/components/schemas/")
                        && !(kind == "schemas" && n == name)
                    {
                        used_by_schemas
                            .entry(n.to_owned())
                            .or_default()
                            .insert(format!("{prefix}:{name}"));
                    }
                }
            }
        }

        let mut out = String::from("<section id=\"sec-schemas\">\n<h2>Schemas</h2>\n");
        for (name, s) in schemas {
            let _ = writeln!(
                out,
                "<section class=\"schema\" id=\"schema-{}\">\n<h3>{}</h3>",
                anchor(&name),
                escape(&name)
            );
            let shapes = alternatives(s).filter(|(_, branches, _)| branches.len() >= 2);
            let mut meta = vec![match &shapes {
                Some((word, _, _)) => format!("type: {word} the shapes below"),
                None => format!("type: {}", self.type_html(s)),
            }];
            if let Some(rust) = get_str(s, "x-rust-type") {
                meta.push(format!(
                    "Rust (x-rust-type): <code>{}</code>",
                    self.rust_type_html(rust)
                ));
            }
            if get_bool(s, "x-open-enum") {
                meta.push("<span class=\"badge open\">open enum</span> (x-open-enum: unknown values decode as <code>Other(String)</code>)".into());
            }
            if is_nullable(s) {
                meta.push("nullable".into());
            }
            if get_str(self.doc, "x-error-envelope") == Some(&format!("#/components/schemas/{name}")) {
                meta.push("<span class=\"badge envelope\">error envelope</span>".into());
            }
            let _ = writeln!(out, "<p class=\"meta\">{}</p>", meta.join(" · "));
            if let Some(d) = get_str(s, "description") {
                let _ = writeln!(out, "<div class=\"description\">{}</div>", self.md(d));
            }
            out.push_str(&self.sources_html(s));
            if let Some((word, branches, null)) = &shapes {
                out.push_str(&self.shapes_html(word, branches, *null));
            }
            if let Some(rust) = get_str(s, "x-rust-type") {
                out.push_str(&self.item_type_html(rust));
            }
            out.push_str(&self.enum_html(s));
            out.push_str(&self.facts_html(s));
            if get(s, "properties").is_some() {
                out.push_str(&self.properties_table(s));
                out.push_str(&self.additional_html(s));
            }
            if let Some(items) = get(s, "items").filter(|i| get(i, "properties").is_some()) {
                out.push_str("<p class=\"fact\">Items:</p>\n");
                out.push_str(&self.properties_table(items));
            }
            if let Some(ex) = get(s, "example") {
                let _ = writeln!(out, "<p class=\"label\">Example</p>{}", pre_json(ex));
            }
            out.push_str(
                &self.other_extensions(s, &["x-rust-type", "x-open-enum", "x-source", "x-json-schema"]),
            );
            let mut refs = Vec::new();
            for id in used_by_ops.get(&name).into_iter().flatten() {
                refs.push(format!("<a href=\"#{}\">{}</a>", escape(id), escape(id)));
            }
            for who in used_by_schemas.get(&name).into_iter().flatten() {
                let (prefix, n) = who.split_once(':').unwrap();
                refs.push(format!("<a href=\"#{prefix}-{}\">{}</a>", anchor(n), escape(n)));
            }
            if !refs.is_empty() {
                let _ = writeln!(
                    out,
                    "<p class=\"used-by\"><span class=\"label\">Used by:</span> {}</p>",
                    refs.join(", ")
                );
            }
            out.push_str("</section>\n");
        }
        out.push_str("</section>\n");
        out
    }

    /// What an object schema with `properties` says about other members.
    fn additional_html(&self, s: &Value) -> String {
        match get(s, "additionalProperties") {
            Some(Value::Bool(false)) => {
                "<p class=\"fact\">additionalProperties: <code>false</code></p>\n".into()
            }
            Some(Value::Bool(true)) => "<p class=\"fact\">Other properties: any value.</p>\n".into(),
            Some(ap) if entries(Some(ap)).is_empty() => {
                "<p class=\"fact\">Other properties: any value.</p>\n".into()
            }
            Some(ap) => format!("<p class=\"fact\">Other properties: {}</p>\n", self.type_html(ap)),
            None => String::new(),
        }
    }

    /// The branches of a component's `anyOf` / `oneOf`: what it accepts, one shape a line.
    fn shapes_html(&self, word: &str, branches: &[&'a Value], null: bool) -> String {
        let mut out = format!(
            "<div class=\"shapes\"><p class=\"label\">Accepts {} of these shapes:</p><ol class=\"shapes\">",
            if word == "one of" { "exactly one" } else { "any" }
        );
        for b in branches {
            out.push_str("<li>");
            out.push_str(&self.type_html(b));
            if get_bool(b, "nullable") {
                out.push_str(", nullable");
            }
            if let Some(d) = get_str(b, "description") {
                out.push_str(&self.md(d));
            }
            out.push_str(&self.enum_html(b));
            out.push_str(&self.facts_html(b));
            if get_str(b, "$ref").is_none() && get(b, "properties").is_some() {
                out.push_str(&self.properties_table(b));
                out.push_str(&self.additional_html(b));
            }
            out.push_str("</li>");
        }
        if null {
            out.push_str("<li><code>null</code></li>");
        }
        out.push_str("</ol></div>\n");
        out
    }

    /// For a collection facade (`Single<T>`, `LenientList<T>`, `LenientMap<T>`): the item type,
    /// linked to its schema, where its fields are.
    fn item_type_html(&self, rust: &str) -> String {
        let what = [
            ("Single<", "one"),
            ("LenientList<", "a list of"),
            ("LenientMap<", "a map by name of"),
        ]
        .into_iter()
        .find(|(facade, _)| rust.contains(facade));
        let Some((_, what)) = what else {
            return String::new();
        };
        let names = self.schema_names_in(rust);
        let [name] = names.as_slice() else {
            return String::new();
        };
        format!(
            "<p class=\"item-type\"><span class=\"label\">Decodes to {what}</span> \
             <a class=\"ref\" href=\"#schema-{}\">{}</a> (its fields are listed under its schema).</p>\n",
            anchor(name),
            escape(name)
        )
    }

    fn render_component_responses(&self) -> String {
        let responses = self.components("responses");
        let parameters = self.components("parameters");
        let bodies = self.components("requestBodies");
        if responses.is_empty() && parameters.is_empty() && bodies.is_empty() {
            return String::new();
        }
        let mut out = String::new();
        if !responses.is_empty() {
            out.push_str("<section id=\"sec-responses\">\n<h2>Shared responses</h2>\n");
            for (name, r) in responses {
                let _ = writeln!(
                    out,
                    "<section class=\"response\" id=\"response-{}\">\n<h3>{}</h3>",
                    anchor(&name),
                    escape(&name)
                );
                if let Some(d) = get_str(r, "description") {
                    out.push_str(&self.md(d));
                }
                out.push_str(&self.headers_html(r));
                out.push_str(&self.content_html(get(r, "content")));
                out.push_str("</section>\n");
            }
            out.push_str("</section>\n");
        }
        for (name, p) in parameters {
            let _ = writeln!(
                out,
                "<section class=\"parameter\" id=\"parameter-{}\">\n<h3>Parameter {}</h3>{}</section>",
                anchor(&name),
                escape(&name),
                pre_json(p)
            );
        }
        for (name, b) in bodies {
            let _ = writeln!(
                out,
                "<section class=\"request-body\" id=\"request-body-{}\">\n<h3>Request body {}</h3>{}</section>",
                anchor(&name),
                escape(&name),
                self.content_html(get(b, "content"))
            );
        }
        out
    }
}

/// The page templates (`xtask/templates/`), compiled into the binary: the pages need no file
/// beside the xtask.
fn templates() -> &'static minijinja::Environment<'static> {
    static ENV: std::sync::OnceLock<minijinja::Environment<'static>> = std::sync::OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = minijinja::Environment::new();
        env.set_keep_trailing_newline(true);
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        // Auto-escaped text is escaped as everywhere else on the page ([`escape`]).
        env.set_formatter(|out, state, value| match value.as_str() {
            Some(text) if state.auto_escape() == minijinja::AutoEscape::Html && !value.is_safe() => {
                out.write_str(&escape(text)).map_err(minijinja::Error::from)
            }
            _ => minijinja::escape_formatter(out, state, value),
        });
        for (name, source) in [
            ("style.css", include_str!("../templates/style.css")),
            ("page.html", include_str!("../templates/page.html")),
            ("index.html", include_str!("../templates/index.html")),
            ("provider.html", include_str!("../templates/provider.html")),
            ("toc.html", include_str!("../templates/toc.html")),
            ("operations.html", include_str!("../templates/operations.html")),
            ("servers.html", include_str!("../templates/servers.html")),
            ("operation.html", include_str!("../templates/operation.html")),
            ("info.html", include_str!("../templates/info.html")),
            ("auth.html", include_str!("../templates/auth.html")),
        ] {
            env.add_template(name, source).expect("xtask/templates/ parse");
        }
        env
    })
}

/// Renders a template of [`templates`]. They are part of the xtask and tested: a failure is a
/// bug of the xtask, not of a spec.
fn render_template(name: &str, context: minijinja::Value) -> String {
    templates()
        .get_template(name)
        .and_then(|t| t.render(context))
        .unwrap_or_else(|e| panic!("xtask/templates/{name}: {e:#}"))
}
