//! `cargo xtask sources update|check`: know when a provider's docs changed.
//!
//! Every `http(s)` URL cited in an `x-source` of `specs/*.yaml` (the root list, the operations,
//! and any other place an `x-source` appears) is fetched and reduced to its meaningful text;
//! `specs/sources.lock` keeps, per URL, the SHA-256 of that text, when it was taken, the
//! operations that cite the page, and the text itself while the lock stays small
//! ([`KEEP_PAGE_BYTES`], [`KEEP_TOTAL_BYTES`]). `update` writes the lock; `check` fetches again
//! and reports, per changed page, the operations to review, with a short line diff where the
//! previous text was kept. Run `cargo xtask sources check --help` for the flags ([`HELP`]).
//!
//! # What counts as the page's text
//!
//! - HTML (`text/html`, `application/xhtml+xml`, or an untyped body that starts like HTML) is
//!   parsed with `scraper` (html5ever). Only the content of its `<main>` elements (or
//!   `role="main"`) is read when the page has any, else its `<body>`: site headers, menus and
//!   footers outside the main content go. Inside it, these are dropped whole: `script`,
//!   `style`, `noscript`, `template`, `svg`, `iframe`, `canvas`, `object`, `nav`, `footer`,
//!   `aside`, `form`, `button`, `select`, elements with `hidden` or `aria-hidden="true"`, and
//!   those of role `navigation`, `banner`, `contentinfo`, `search` or `complementary`. Markup
//!   and attributes never reach the text, so what lives there (CSRF tokens, script nonces,
//!   cache-busting asset URLs, analytics ids) cannot change it. Block elements break lines,
//!   table cells are joined with ` | `, headings start with `#`, `pre` keeps its lines, other
//!   whitespace is collapsed and empty lines are dropped.
//! - Other text (`text/*`, JSON, XML, YAML): the body as UTF-8, lines trimmed at the end, empty
//!   lines dropped.
//! - Anything else (PDF, images, archives) is not text: its hash is the hash of its bytes, and
//!   no text is kept.
//!
//! Then the volatile parts are replaced by placeholders, line by line ([`VOLATILE`]):
//! timestamps with a time of day (`2026-12-07 21:06:57`, `2026-12-07T21:06:57Z`,
//! `07.12.2026 21:06`), relative times (`3 days ago`, `2 месяца назад`), the value of a
//! short "Last updated ..." / "Обновлено ..." line that names a date, copyright years (`© 2009–2026`), view /
//! star / fork counters, and request, trace or Ray ids and nonces. Bare dates, numbers and hex
//! strings stay: the docs' examples (amounts, signatures, dates of a change) are meaningful.
//!
//! # Fetching
//!
//! A URL that names a git commit (a GitHub `blob/<sha>/` link to an SDK's file) cannot change
//! and is not fetched ([`pinned`]). One HTTP GET per other distinct URL (the fragment dropped), at most [`Options::concurrency`] at a
//! time, each with [`Options::timeout`], redirects followed (up to 10; the lock records where
//! the page now lives when it moved, and a new target counts as a change), bodies over
//! [`MAX_BODY_BYTES`] refused, User-Agent [`USER_AGENT`]. A page that does not answer, or
//! answers with a non-2xx status, is reported and keeps its previous entry; it fails the
//! command only with `--strict`. Progress goes to stderr, the report to stdout (JSON with
//! `--json`).
//!
//! The spec is read by [`citations`], the one function that knows where `x-source` lives.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::{Arc, LazyLock};
use std::time::{Duration, SystemTime};

use regex::Regex;
use scraper::{ElementRef, Html, Node, Selector};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use similar::TextDiff;

/// The User-Agent of every request: names the project and the command.
pub const USER_AGENT: &str = concat!(
    "payspec-sources/",
    env!("CARGO_PKG_VERSION"),
    " (the payspec project's watch on the payment providers' API docs: `cargo xtask sources`; one GET per page per run)"
);

/// Texts longer than this (bytes) are not kept in the lock: their hash is, and `check` says
/// the page changed without a diff.
pub const KEEP_PAGE_BYTES: usize = 32 * 1024;

/// The most text (bytes) the lock keeps over all pages: the smallest pages are kept first,
/// until the next would pass this.
pub const KEEP_TOTAL_BYTES: usize = 512 * 1024;

/// Bodies longer than this are refused (reported as not answering).
pub const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;

/// The most lines of diff shown per changed page.
pub const DIFF_LINES: usize = 40;

/// The lock, relative to the workspace root.
pub const LOCK_PATH: &str = "specs/sources.lock";

/// `cargo xtask sources --help`.
pub const HELP: &str = "\
cargo xtask sources: know when the providers' docs changed

usage: cargo xtask sources update [OPTIONS]
       cargo xtask sources check [OPTIONS]

Every http(s) URL cited in an `x-source` of specs/*.yaml is fetched (one GET per page, the
fragment dropped, redirects followed; a URL pinned to a git commit cannot change and is not) and reduced to its meaningful text: markup, scripts,
styles, navigation, headers and footers removed, and volatile parts (timestamps with a time of
day, relative times, \"last updated\" values, copyright years, view/star counters, request ids
and nonces) replaced by placeholders. Non-HTML text is compared as text, anything else by its
bytes.

  update   fetch every cited page and write specs/sources.lock: per URL the SHA-256 of its
           text, when it was taken (kept while the text is unchanged), where it redirects to,
           the operations that cite it, and the text itself while the lock stays small
           (pages of at most 32 KiB, 512 KiB in all, smallest first). A page that does not
           answer keeps its previous entry.
  check    fetch every cited page again and compare with the lock: for each page that changed
           (or moved, or is not in the lock yet), the operations to review and, where the lock
           kept the previous text, a short diff. Exit status 1 when anything changed.

options:
  --json              the report as one JSON object on stdout (progress stays on stderr)
  --strict            a page that does not answer (network error, timeout, non-2xx) fails the
                      command; without it, it is reported and the command goes on
  --timeout SECS      per request, whole seconds (default 30)
  --concurrency N     requests in flight at once (default 4)
  -h, --help          this text

exit status: 0 nothing changed (check) / lock written (update); 1 something changed, or with
--strict a page did not answer, or an error; 2 usage.

The lock is committed. Run `check` where the network reaches the providers, for example in a
weekly CI job, and after reviewing the operations it names, `update` and commit the lock.";

/// How to fetch.
#[derive(Debug, Clone)]
pub struct Options {
    /// Per request, connect to last byte.
    pub timeout: Duration,
    /// Requests in flight at once (at least 1).
    pub concurrency: usize,
    /// A page that does not answer fails the command.
    pub strict: bool,
    /// The report as JSON on stdout.
    pub json: bool,
    /// Progress lines on stderr.
    pub progress: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            timeout: Duration::from_secs(30),
            concurrency: 4,
            strict: false,
            json: false,
            progress: true,
        }
    }
}

/// The two subcommands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Fetch and write the lock.
    Update,
    /// Fetch and compare with the lock.
    Check,
}

/// What the command line asked for.
#[derive(Debug)]
pub enum Invocation {
    /// `--help`.
    Help,
    /// A subcommand with its options.
    Run(Command, Options),
}

/// Parses the arguments after `sources`, the way `main.rs` parses the others: flags and
/// `--name VALUE` pairs by hand. The error is the message to print before the usage.
pub fn parse_args(args: &[String]) -> Result<Invocation, String> {
    let mut command = None;
    let mut options = Options::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(Invocation::Help),
            "--json" => options.json = true,
            "--strict" => options.strict = true,
            "--timeout" => {
                let secs: u64 = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .filter(|&s| s > 0)
                    .ok_or("--timeout needs a whole number of seconds (at least 1)")?;
                options.timeout = Duration::from_secs(secs);
            }
            "--concurrency" => {
                options.concurrency = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or("--concurrency needs a number (at least 1)")?;
            }
            "update" if command.is_none() => command = Some(Command::Update),
            "check" if command.is_none() => command = Some(Command::Check),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    match command {
        Some(c) => Ok(Invocation::Run(c, options)),
        None => Err("say `update` or `check`".into()),
    }
}

/// `cargo xtask sources ...`: the exit status (0, 1, or 2 for a usage error).
pub fn main(root: &Path, args: &[String]) -> u8 {
    match parse_args(args) {
        Ok(Invocation::Help) => {
            println!("{HELP}");
            0
        }
        Ok(Invocation::Run(command, options)) => match run(root, command, &options) {
            Ok(true) => 0,
            Ok(false) => 1,
            Err(e) => {
                eprintln!("error: {e}");
                1
            }
        },
        Err(e) => {
            eprintln!("error: {e}\n\n{HELP}");
            2
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The citations

/// Every URL cited in an `x-source` of one spec, with who cites it: `<provider>: <operationId>`
/// for an operation (`<provider>: METHOD /path` without one), `<provider>: (spec root)` for the
/// root list, and `<provider>: <JSON pointer>` for any other owner.
///
/// This is the one place the command reads a spec; it walks the whole document, so an
/// `x-source` on a schema or a parameter is found too.
pub fn citations(provider: &str, yaml: &str) -> Result<Vec<(String, String)>, String> {
    let doc: Value = crate::model::parse_json(yaml).map_err(|e| format!("not valid YAML: {e}"))?;
    let mut found = Vec::new();
    walk(&doc, &mut Vec::new(), &mut |owner_path, owner, source| {
        let who = match owner_path {
            [] => "(spec root)".to_owned(),
            [paths, path, method] if paths == "paths" => {
                match owner.get("operationId").and_then(Value::as_str) {
                    Some(id) => id.to_owned(),
                    None => format!("{} {path}", method.to_uppercase()),
                }
            }
            parts => format!(
                "/{}",
                parts
                    .iter()
                    .map(|p| p.replace('~', "~0").replace('/', "~1"))
                    .collect::<Vec<_>>()
                    .join("/")
            ),
        };
        let mut texts = Vec::new();
        match source {
            Value::String(s) => texts.push(s.as_str()),
            Value::Array(items) => texts.extend(items.iter().filter_map(Value::as_str)),
            _ => {}
        }
        for text in texts {
            for url in urls_in(text) {
                found.push((url, format!("{provider}: {who}")));
            }
        }
    });
    Ok(found)
}

fn walk<'a>(
    value: &'a Value,
    path: &mut Vec<String>,
    on_source: &mut impl FnMut(&[String], &'a Value, &'a Value),
) {
    match value {
        Value::Object(map) => {
            if let Some(source) = map.get("x-source") {
                on_source(path, value, source);
            }
            for (key, child) in map {
                if key == "x-source" {
                    continue;
                }
                path.push(key.clone());
                walk(child, path, on_source);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                path.push(i.to_string());
                walk(child, path, on_source);
                path.pop();
            }
        }
        _ => {}
    }
}

/// The `http(s)` URLs in a text, without their fragment: a URL ends at whitespace, a quote or
/// `<>`, and loses trailing `.,;:!?` and closing brackets that do not close one of its own.
pub fn urls_in(text: &str) -> Vec<String> {
    static URL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"https?://[^\s<>"'`]+"#).unwrap());
    let mut urls = Vec::new();
    for m in URL.find_iter(text) {
        let mut url = m.as_str();
        loop {
            let before = url;
            url = url.trim_end_matches(['.', ',', ';', ':', '!', '?']);
            for (open, close) in [('(', ')'), ('[', ']'), ('{', '}')] {
                if url.ends_with(close) && url.matches(close).count() > url.matches(open).count() {
                    url = &url[..url.len() - 1];
                }
            }
            if url == before {
                break;
            }
        }
        let url = url.split('#').next().unwrap_or(url);
        // A template (`https://{host}/`) or a bare scheme names no page.
        if url.contains(['{', '}']) || url.len() <= "https://".len() {
            continue;
        }
        urls.push(url.to_owned());
    }
    urls
}

/// A URL that names a git commit (`github.com/<owner>/<repo>/blob/<40 hex>/...`, `tree`, `raw`,
/// `blame`, `commit`; `raw.githubusercontent.com/<owner>/<repo>/<40 hex>/...`): its content
/// cannot change, so it is not fetched (its page's markup would only add noise).
pub fn pinned(url: &str) -> bool {
    static PINNED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^https?://(?:(?:www\.)?(?:github|gitlab)\.com/[^/]+/[^/]+/(?:-/)?(?:blob|tree|raw|blame|commit)/[0-9a-f]{40}(?:[/?]|$)|raw\.githubusercontent\.com/[^/]+/[^/]+/[0-9a-f]{40}/)").unwrap()
    });
    PINNED.is_match(url)
}

/// Every cited URL of the specs under `root`, with who cites it (sorted, no duplicates).
pub fn collect(root: &Path) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let mut pages: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for spec in crate::spec_files(root)? {
        let provider = spec
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let yaml =
            std::fs::read_to_string(&spec).map_err(|e| format!("cannot read {}: {e}", spec.display()))?;
        let found = citations(&provider, &yaml).map_err(|e| format!("specs/{provider}.yaml: {e}"))?;
        for (url, who) in found {
            pages.entry(url).or_default().insert(who);
        }
    }
    Ok(pages)
}

// ---------------------------------------------------------------------------------------------
// Reducing a page to its text

/// The volatile parts replaced in every line of text, in this order: (what, pattern,
/// replacement). A line that becomes empty is dropped.
pub const VOLATILE: &[(&str, &str, &str)] = &[
    (
        "the value of a short 'last updated' line (one that names a date: a digit, today, yesterday)",
        r"(?i)^((?:last updated|last modified|updated|page updated|обновлено|обновлён|последнее обновление|последнее изменение|дата обновления|изменено)(?: on| at)?)\b.{0,60}?(?:\d|yesterday|today|вчера|сегодня).{0,60}$",
        "$1 <date>",
    ),
    (
        "ISO timestamps with a time of day",
        r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?",
        "<timestamp>",
    ),
    (
        "Russian timestamps with a time of day",
        r"\b\d{2}\.\d{2}\.\d{4},?\s+(?:в\s+)?\d{1,2}:\d{2}(?::\d{2})?",
        "<timestamp>",
    ),
    (
        "relative times",
        r"(?i)\b(?:\d+|a|an|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b|\b\d+\s+(?:секунд\w*|минут\w*|час\w*|дн(?:я|ей)|день|недел\w*|месяц\w*|год\w*|лет)\s+назад|(?:just now|только что|(?:вчера|сегодня)\s+в\s+\d{1,2}:\d{2})",
        "<time ago>",
    ),
    (
        "copyright years",
        r"(?i)(©|\(c\)|copyright)\s*\d{4}(?:\s*[-–—]\s*\d{4})?",
        "$1 <year>",
    ),
    (
        "view, star, fork and watcher counters",
        r"(?i)\b\d[\d\s.,]*[kк]?\s+(views?|просмотр\w*|stars?|forks?|watching|watchers?)\b",
        "<count> $1",
    ),
    (
        "request, trace and Ray ids, nonces",
        r"(?i)\b(ray id|request id|request-id|trace id|trace-id|nonce)\s*[:=#]?\s*[0-9a-z][0-9a-z_-]{7,}",
        "$1 <id>",
    ),
];

static VOLATILE_RES: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    VOLATILE
        .iter()
        .map(|(_, pattern, with)| (Regex::new(pattern).unwrap(), *with))
        .collect()
});

/// One line with its volatile parts replaced ([`VOLATILE`]).
pub fn without_volatile(line: &str) -> String {
    let mut line = line.to_owned();
    for (re, with) in VOLATILE_RES.iter() {
        if let std::borrow::Cow::Owned(replaced) = re.replace_all(&line, *with) {
            line = replaced;
        }
    }
    line
}

/// A page reduced: its text (`None` when it is not text) and the hash the lock keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reduced {
    /// The meaningful text, one line per block, volatile parts replaced.
    pub text: Option<String>,
    /// `sha256:<hex>` of the text, or of the bytes when there is no text.
    pub hash: String,
}

/// What kind of body a content type (or, without one, the body's first bytes) says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Html,
    Text,
    Bytes,
}

fn kind(content_type: Option<&str>, body: &[u8]) -> Kind {
    let mime = content_type
        .and_then(|c| c.split(';').next())
        .map(|m| m.trim().to_ascii_lowercase())
        .unwrap_or_default();
    match mime.as_str() {
        "text/html" | "application/xhtml+xml" => Kind::Html,
        m if m.starts_with("text/")
            || m.ends_with("+json")
            || m.ends_with("+xml")
            || matches!(
                m,
                "application/json"
                    | "application/xml"
                    | "application/yaml"
                    | "application/x-yaml"
                    | "application/javascript"
            ) =>
        {
            Kind::Text
        }
        "" => match std::str::from_utf8(body) {
            Ok(s) => {
                let head = s
                    .trim_start()
                    .get(..15.min(s.trim_start().len()))
                    .unwrap_or("")
                    .to_ascii_lowercase();
                if head.starts_with("<!doctype html") || head.starts_with("<html") {
                    Kind::Html
                } else {
                    Kind::Text
                }
            }
            Err(_) => Kind::Bytes,
        },
        _ => Kind::Bytes,
    }
}

/// Reduces a body to what [`Reduced`] holds, by its content type (module docs).
pub fn reduce(content_type: Option<&str>, body: &[u8]) -> Reduced {
    let text = match kind(content_type, body) {
        Kind::Html => Some(html_text(&String::from_utf8_lossy(body))),
        Kind::Text => Some(clean_lines(String::from_utf8_lossy(body).lines())),
        Kind::Bytes => None,
    };
    let hash = match &text {
        Some(t) => sha256(t.as_bytes()),
        None => sha256(body),
    };
    Reduced { text, hash }
}

fn sha256(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// Lines with whitespace collapsed (outside `pre`, already), trimmed at the end, volatile
/// parts replaced, empty lines dropped.
fn clean_lines<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for line in lines {
        let line = without_volatile(line.trim_end());
        let line = line.trim_end();
        if line.trim().is_empty() {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "canvas", "object", "nav", "footer", "aside",
    "form", "button", "select", "head", "link", "meta", "title",
];
const SKIP_ROLES: &[&str] = &["navigation", "banner", "contentinfo", "search", "complementary"];
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "caption",
    "pre",
    "blockquote",
    "figure",
    "figcaption",
    "details",
    "summary",
    "br",
    "hr",
    "body",
    "address",
];

/// The text of an HTML page (module docs, "What counts as the page's text").
pub fn html_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let main = Selector::parse("main, [role=main]").unwrap();
    let mut roots: Vec<ElementRef> = doc.select(&main).collect();
    // A `main` inside another is read with its outer one.
    let ids: Vec<_> = roots.iter().map(|r| r.id()).collect();
    roots.retain(|r| !r.ancestors().any(|a| ids.contains(&a.id())));
    if roots.is_empty() {
        let body = Selector::parse("body").unwrap();
        roots.extend(doc.select(&body).take(1));
    }
    if roots.is_empty() {
        roots.push(doc.root_element());
    }
    let mut out = Text::default();
    for root in roots {
        out.element(root);
        out.newline();
    }
    clean_lines(out.lines.iter().map(String::as_str))
}

#[derive(Default)]
struct Text {
    lines: Vec<String>,
    current: String,
    pending_space: bool,
    in_pre: usize,
}

impl Text {
    fn newline(&mut self) {
        let line = std::mem::take(&mut self.current);
        if !line.trim().is_empty() {
            self.lines.push(line);
        }
        self.pending_space = false;
    }

    fn words(&mut self, text: &str) {
        if self.in_pre > 0 {
            let mut parts = text.split('\n');
            if let Some(first) = parts.next() {
                self.current.push_str(first);
            }
            for part in parts {
                self.lines.push(std::mem::take(&mut self.current));
                self.current.push_str(part);
            }
            return;
        }
        if text.starts_with(char::is_whitespace) {
            self.pending_space = true;
        }
        for word in text.split_whitespace() {
            if self.pending_space && !self.current.is_empty() {
                self.current.push(' ');
            }
            self.current.push_str(word);
            self.pending_space = true;
        }
        if !text.ends_with(char::is_whitespace) {
            self.pending_space = false;
        }
    }

    fn element(&mut self, el: ElementRef) {
        let e = el.value();
        let name = e.name();
        if SKIP.contains(&name)
            || e.attr("hidden").is_some()
            || e.attr("aria-hidden") == Some("true")
            || e.attr("role").is_some_and(|r| SKIP_ROLES.contains(&r))
        {
            return;
        }
        let block = BLOCKS.contains(&name);
        if block {
            self.newline();
        }
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = usize::from(name.as_bytes()[1] - b'0');
                self.current.push_str(&"#".repeat(level));
                self.current.push(' ');
            }
            "td" | "th" => {
                if !self.current.is_empty() {
                    self.current.push_str(" | ");
                }
                self.pending_space = false;
            }
            _ => {}
        }
        if name == "pre" {
            self.in_pre += 1;
        }
        for child in el.children() {
            match child.value() {
                Node::Text(t) => self.words(t),
                Node::Element(_) => {
                    if let Some(child) = ElementRef::wrap(child) {
                        self.element(child);
                    }
                }
                _ => {}
            }
        }
        if name == "pre" {
            self.in_pre -= 1;
        }
        if block {
            self.newline();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Fetching

/// The outcome of one GET.
#[derive(Debug, Clone)]
pub enum Fetched {
    /// A 2xx answer, reduced.
    Page {
        /// Where the page was found after redirects, when that is not the cited URL.
        redirected_to: Option<String>,
        /// The answer's `Content-Type`, as sent (empty when none).
        content_type: String,
        /// The page reduced.
        reduced: Reduced,
    },
    /// No answer, or not a 2xx one: why.
    Failed(String),
}

/// Fetches every URL (at most `options.concurrency` at a time), with progress on stderr.
pub fn fetch_all(urls: &[String], options: &Options) -> Result<BTreeMap<String, Fetched>, String> {
    let client = reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .timeout(options.timeout)
        .connect_timeout(options.timeout)
        .redirect(reqwest::redirect::Policy::limited(10))
        .build()
        .map_err(|e| format!("cannot build the HTTP client: {e}"))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the async runtime: {e}"))?;
    let total = urls.len();
    let progress = options.progress;
    runtime.block_on(async move {
        let limit = Arc::new(tokio::sync::Semaphore::new(options.concurrency.max(1)));
        let mut tasks = tokio::task::JoinSet::new();
        for url in urls {
            let (client, limit, url) = (client.clone(), limit.clone(), url.clone());
            tasks.spawn(async move {
                let _permit = limit.acquire_owned().await;
                let fetched = fetch(&client, &url).await;
                (url, fetched)
            });
        }
        let mut done = BTreeMap::new();
        while let Some(joined) = tasks.join_next().await {
            let (url, fetched) = joined.map_err(|e| format!("a fetch task failed: {e}"))?;
            if progress {
                let what = match &fetched {
                    Fetched::Page {
                        reduced,
                        redirected_to,
                        ..
                    } => {
                        let size = reduced
                            .text
                            .as_ref()
                            .map_or("not text".to_owned(), |t| format!("{} bytes of text", t.len()));
                        match redirected_to {
                            Some(to) => format!("ok, {size}, redirected to {to}"),
                            None => format!("ok, {size}"),
                        }
                    }
                    Fetched::Failed(why) => format!("FAILED: {why}"),
                };
                eprintln!("[{}/{total}] {url}: {what}", done.len() + 1);
            }
            done.insert(url, fetched);
        }
        Ok(done)
    })
}

async fn fetch(client: &reqwest::Client, url: &str) -> Fetched {
    let mut response = match client.get(url).send().await {
        Ok(r) => r,
        Err(e) => return Fetched::Failed(describe(e)),
    };
    let status = response.status();
    if !status.is_success() {
        return Fetched::Failed(format!("HTTP {status}"));
    }
    let final_url = response.url().as_str().to_owned();
    let content_type = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > MAX_BODY_BYTES {
                    return Fetched::Failed(format!("body over {MAX_BODY_BYTES} bytes"));
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => break,
            Err(e) => return Fetched::Failed(describe(e)),
        }
    }
    let typed = (!content_type.is_empty()).then_some(content_type.as_str());
    Fetched::Page {
        redirected_to: (final_url != url).then_some(final_url),
        reduced: reduce(typed, &body),
        content_type,
    }
}

fn describe(e: reqwest::Error) -> String {
    if e.is_timeout() {
        return "timed out".into();
    }
    if e.is_redirect() {
        return "too many redirects".into();
    }
    // reqwest's own message is generic (and repeats the URL); its sources say what went wrong.
    let message = e.without_url();
    let mut source = std::error::Error::source(&message);
    let mut message = message.to_string();
    while let Some(s) = source {
        message = format!("{message}: {s}");
        source = s.source();
    }
    message
}

// ---------------------------------------------------------------------------------------------
// The lock

/// `specs/sources.lock`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Lock {
    /// What the file is (written by `update`).
    pub about: String,
    /// Per cited URL.
    pub pages: BTreeMap<String, Entry>,
}

/// One page of the lock.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Entry {
    /// `sha256:<hex>` of the reduced text (of the bytes when it is not text).
    pub hash: String,
    /// When this text was first seen (an HTTP date, UTC); kept while the hash is unchanged.
    pub taken: String,
    /// The answer's `Content-Type`.
    pub content_type: String,
    /// Where the cited URL redirected to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirected_to: Option<String>,
    /// Who cites the page (`<provider>: <operationId>`, `<provider>: (spec root)`, ...).
    pub cited_by: Vec<String>,
    /// The reduced text, while the lock stays small ([`KEEP_PAGE_BYTES`], [`KEEP_TOTAL_BYTES`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

const ABOUT: &str = "Written by `cargo xtask sources update`, read by `cargo xtask sources check` (README, \"Watching the providers' docs\"; xtask/src/sources.rs). Per URL cited in an x-source of specs/*.yaml: the SHA-256 of its reduced text, when that text was taken, where the URL redirects, who cites it, and the text itself for pages of at most 32 KiB while all kept texts stay under 512 KiB (smallest first).";
const ABOUT_EMPTY: &str = " No pages yet: the lock was started on a machine that cannot reach the providers; run `cargo xtask sources update` where the network allows and commit the result.";

impl Lock {
    /// Reads the lock under `root` (an absent file is an empty lock).
    pub fn read(root: &Path) -> Result<Lock, String> {
        let path = root.join(LOCK_PATH);
        match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| format!("{LOCK_PATH}: {e}")),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Lock::default()),
            Err(e) => Err(format!("cannot read {}: {e}", path.display())),
        }
    }

    /// The file's text: pretty JSON, pages sorted by URL, a final newline.
    pub fn to_text(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("the lock serializes");
        text.push('\n');
        text
    }

    /// Keeps the texts the size rule allows and drops the others.
    fn apply_size_rule(&mut self) {
        let mut sizes: Vec<(usize, String)> = self
            .pages
            .iter()
            .filter_map(|(url, e)| e.text.as_ref().map(|t| (t.len(), url.clone())))
            .collect();
        sizes.sort();
        let mut total = 0;
        for (size, url) in sizes {
            if size <= KEEP_PAGE_BYTES && total + size <= KEEP_TOTAL_BYTES {
                total += size;
            } else if let Some(e) = self.pages.get_mut(&url) {
                e.text = None;
            }
        }
    }

    fn set_about(&mut self) {
        self.about = if self.pages.is_empty() {
            format!("{ABOUT}{ABOUT_EMPTY}")
        } else {
            ABOUT.to_owned()
        };
    }
}

/// The lock for a repository with no pages fetched yet (what `specs/sources.lock` starts as).
pub fn empty_lock() -> Lock {
    let mut lock = Lock::default();
    lock.set_about();
    lock
}

// ---------------------------------------------------------------------------------------------
// The commands

/// What `check` found for one page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum State {
    /// Same text as in the lock.
    Unchanged,
    /// The text (or where the URL redirects) differs from the lock.
    Changed {
        /// A unified line diff, at most [`DIFF_LINES`] lines, when the lock kept the text.
        #[serde(skip_serializing_if = "Option::is_none")]
        diff: Option<String>,
        /// Where the URL redirected to before and now, when that changed.
        #[serde(skip_serializing_if = "Option::is_none")]
        moved: Option<Moved>,
    },
    /// Cited, but not in the lock.
    New,
    /// Names a git commit: cannot change, not fetched ([`pinned`]).
    Pinned,
    /// No answer: why.
    Unreachable {
        /// The error, or the HTTP status.
        error: String,
    },
}

/// Where a cited URL redirected to, in the lock and now (`None`: it did not redirect).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Moved {
    /// In the lock.
    pub before: Option<String>,
    /// Now.
    pub now: Option<String>,
}

/// One page of `check`'s report.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PageReport {
    /// The cited URL.
    pub url: String,
    /// Who cites it now: the operations to review.
    pub cited_by: Vec<String>,
    /// What was found.
    #[serde(flatten)]
    pub state: State,
}

/// `check`'s report.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Report {
    /// Every cited page, by URL.
    pub pages: Vec<PageReport>,
    /// URLs in the lock that no spec cites any more (`update` drops them).
    pub no_longer_cited: Vec<String>,
}

impl Report {
    /// Pages that changed or are not in the lock.
    pub fn changed(&self) -> usize {
        self.pages
            .iter()
            .filter(|p| matches!(p.state, State::Changed { .. } | State::New))
            .count()
    }

    /// Pages that did not answer.
    pub fn unreachable(&self) -> usize {
        self.pages
            .iter()
            .filter(|p| matches!(p.state, State::Unreachable { .. }))
            .count()
    }

    /// The report as text for a person.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for page in &self.pages {
            let review = page.cited_by.join(", ");
            match &page.state {
                State::Unchanged | State::Pinned => {}
                State::New => {
                    out.push_str(&format!("NEW {} (not in {LOCK_PATH}: run `cargo xtask sources update`)\n  cited by: {review}\n", page.url));
                }
                State::Unreachable { error } => {
                    out.push_str(&format!(
                        "UNREACHABLE {}: {error}\n  cited by: {review}\n",
                        page.url
                    ));
                }
                State::Changed { diff, moved } => {
                    out.push_str(&format!("CHANGED {}\n  review: {review}\n", page.url));
                    if let Some(Moved { before, now }) = moved {
                        let show = |u: &Option<String>| u.clone().unwrap_or_else(|| "(no redirect)".into());
                        out.push_str(&format!("  redirect: was {}, now {}\n", show(before), show(now)));
                    }
                    match diff {
                        Some(d) if !d.is_empty() => {
                            for line in d.lines() {
                                out.push_str("    ");
                                out.push_str(line);
                                out.push('\n');
                            }
                        }
                        Some(_) => {}
                        None => out.push_str("  (the lock did not keep the previous text: no diff)\n"),
                    }
                }
            }
        }
        for url in &self.no_longer_cited {
            out.push_str(&format!(
                "NO LONGER CITED {url} (`cargo xtask sources update` drops it)\n"
            ));
        }
        let unchanged = self.pages.iter().filter(|p| p.state == State::Unchanged).count();
        let pinned = self.pages.iter().filter(|p| p.state == State::Pinned).count();
        out.push_str(&format!(
            "{} pages: {unchanged} unchanged, {pinned} pinned to a commit (not fetched), {} changed or new, {} unreachable\n",
            self.pages.len(),
            self.changed(),
            self.unreachable()
        ));
        out
    }
}

/// Compares what was fetched with the lock.
pub fn compare(
    cited: &BTreeMap<String, BTreeSet<String>>,
    fetched: &BTreeMap<String, Fetched>,
    lock: &Lock,
) -> Report {
    let mut pages = Vec::new();
    for (url, who) in cited {
        let cited_by: Vec<String> = who.iter().cloned().collect();
        let state = match (fetched.get(url), lock.pages.get(url)) {
            _ if pinned(url) => State::Pinned,
            (None, _) => State::Unreachable {
                error: "not fetched".into(),
            },
            (Some(Fetched::Failed(error)), _) => State::Unreachable { error: error.clone() },
            (Some(Fetched::Page { .. }), None) => State::New,
            (
                Some(Fetched::Page {
                    redirected_to,
                    reduced,
                    ..
                }),
                Some(entry),
            ) => {
                let moved = (entry.redirected_to != *redirected_to).then(|| Moved {
                    before: entry.redirected_to.clone(),
                    now: redirected_to.clone(),
                });
                if entry.hash == reduced.hash && moved.is_none() {
                    State::Unchanged
                } else {
                    let diff = match (&entry.text, &reduced.text) {
                        (Some(before), Some(now)) if entry.hash != reduced.hash => {
                            Some(short_diff(before, now))
                        }
                        _ if entry.hash == reduced.hash => Some(String::new()),
                        _ => None,
                    };
                    State::Changed { diff, moved }
                }
            }
        };
        pages.push(PageReport {
            url: url.clone(),
            cited_by,
            state,
        });
    }
    let no_longer_cited = lock
        .pages
        .keys()
        .filter(|u| !cited.contains_key(*u))
        .cloned()
        .collect();
    Report {
        pages,
        no_longer_cited,
    }
}

/// A unified line diff with one line of context, cut at [`DIFF_LINES`] lines.
pub fn short_diff(before: &str, now: &str) -> String {
    let diff = TextDiff::from_lines(before, now);
    let full = diff
        .unified_diff()
        .context_radius(1)
        .header("lock", "now")
        .to_string();
    let lines: Vec<&str> = full.lines().collect();
    if lines.len() <= DIFF_LINES {
        return full;
    }
    let mut out = lines[..DIFF_LINES].join("\n");
    out.push_str(&format!("\n... ({} more lines)\n", lines.len() - DIFF_LINES));
    out
}

/// The lock after an `update`: fetched pages replace their entries (keeping `taken` when the
/// text is the same), failed ones keep theirs, pages no longer cited go.
pub fn updated_lock(
    cited: &BTreeMap<String, BTreeSet<String>>,
    fetched: &BTreeMap<String, Fetched>,
    previous: &Lock,
    now: SystemTime,
) -> Lock {
    let mut lock = Lock::default();
    for (url, who) in cited {
        if pinned(url) {
            continue;
        }
        let cited_by: Vec<String> = who.iter().cloned().collect();
        let old = previous.pages.get(url);
        let entry = match fetched.get(url) {
            Some(Fetched::Page {
                redirected_to,
                content_type,
                reduced,
            }) => Entry {
                hash: reduced.hash.clone(),
                taken: match old {
                    Some(e) if e.hash == reduced.hash => e.taken.clone(),
                    _ => httpdate::fmt_http_date(now),
                },
                content_type: content_type.clone(),
                redirected_to: redirected_to.clone(),
                cited_by,
                text: reduced.text.clone(),
            },
            _ => match old {
                Some(e) => Entry {
                    cited_by,
                    ..e.clone()
                },
                None => continue,
            },
        };
        lock.pages.insert(url.clone(), entry);
    }
    lock.apply_size_rule();
    lock.set_about();
    lock
}

/// Runs `update` or `check` on the specs under `root`: `Ok(false)` when `check` found a change,
/// or with `strict` when a page did not answer.
pub fn run(root: &Path, command: Command, options: &Options) -> Result<bool, String> {
    let cited = collect(root)?;
    let lock = Lock::read(root)?;
    let urls: Vec<String> = cited.keys().filter(|u| !pinned(u)).cloned().collect();
    if options.progress {
        eprintln!(
            "{} pages cited in x-source, {} of them pinned to a commit; fetching the others {} at a time",
            cited.len(),
            cited.len() - urls.len(),
            options.concurrency
        );
    }
    let fetched = fetch_all(&urls, options)?;
    let report = compare(&cited, &fetched, &lock);
    let unreachable_fails = options.strict && report.unreachable() > 0;
    match command {
        Command::Update => {
            let updated = updated_lock(&cited, &fetched, &lock, SystemTime::now());
            let path = root.join(LOCK_PATH);
            std::fs::write(&path, updated.to_text())
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            if options.json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&report).expect("the report serializes")
                );
            } else {
                print!("{}", report.to_text());
                println!("wrote {LOCK_PATH} ({} pages)", updated.pages.len());
            }
            Ok(!unreachable_fails)
        }
        Command::Check => {
            if options.json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&report).expect("the report serializes")
                );
            } else {
                print!("{}", report.to_text());
            }
            Ok(report.changed() == 0 && !unreachable_fails)
        }
    }
}
