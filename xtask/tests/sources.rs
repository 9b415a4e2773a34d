//! `cargo xtask sources`: citations found in the specs, pages reduced to their text, and
//! `update` / `check` against a local HTTP server (axum on 127.0.0.1:0) that serves pages the
//! test changes: a changed page, a page changed only in volatile parts, a 404, a timeout, a
//! redirect, non-HTML bodies, the concurrency limit and the User-Agent. The binary is run for
//! `--help`, `--json`, the exit status and `--strict`.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use axum::extract::{Request, State as AxumState};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use xtask::sources::{self, Fetched, Lock, Options, State};

/// What the server answers on one path.
#[derive(Clone)]
enum Answer {
    Page(&'static str, String),
    Bytes(&'static str, Vec<u8>),
    Redirect(String),
    /// Answers after this long (longer than the tests' timeout).
    Slow(Duration),
    /// Answers after this long, counting the requests in flight.
    Counted(Duration),
}

#[derive(Clone, Default)]
struct Site {
    answers: Arc<Mutex<HashMap<String, Answer>>>,
    user_agents: Arc<Mutex<Vec<String>>>,
    in_flight: Arc<AtomicUsize>,
    most_in_flight: Arc<AtomicUsize>,
}

impl Site {
    fn set(&self, path: &str, answer: Answer) {
        self.answers.lock().unwrap().insert(path.to_owned(), answer);
    }
}

async fn answer(AxumState(site): AxumState<Site>, request: Request) -> Response {
    let ua = request
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    site.user_agents.lock().unwrap().push(ua);
    let found = site.answers.lock().unwrap().get(request.uri().path()).cloned();
    match found {
        None => StatusCode::NOT_FOUND.into_response(),
        Some(Answer::Page(content_type, body)) => {
            ([(header::CONTENT_TYPE, content_type)], body).into_response()
        }
        Some(Answer::Bytes(content_type, body)) => {
            ([(header::CONTENT_TYPE, content_type)], body).into_response()
        }
        Some(Answer::Redirect(to)) => {
            let mut r = StatusCode::FOUND.into_response();
            r.headers_mut()
                .insert(header::LOCATION, HeaderValue::from_str(&to).unwrap());
            r
        }
        Some(Answer::Slow(wait)) => {
            tokio::time::sleep(wait).await;
            "too late".into_response()
        }
        Some(Answer::Counted(wait)) => {
            let now = site.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            site.most_in_flight.fetch_max(now, Ordering::SeqCst);
            tokio::time::sleep(wait).await;
            site.in_flight.fetch_sub(1, Ordering::SeqCst);
            ([(header::CONTENT_TYPE, "text/plain")], "counted").into_response()
        }
    }
}

/// Starts the server on its own thread; returns its base URL (`http://127.0.0.1:<port>`).
fn serve(site: &Site) -> String {
    let site = site.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            let app = axum::Router::new().fallback(answer).with_state(site);
            axum::serve(listener, app).await.unwrap();
        });
    });
    format!("http://{}", rx.recv().unwrap())
}

fn quiet() -> Options {
    Options {
        timeout: Duration::from_secs(5),
        concurrency: 4,
        progress: false,
        ..Options::default()
    }
}

/// A workspace root whose one spec cites `urls` from an operation each, and `root_urls` from
/// the root list.
fn root_citing(root_urls: &[String], operations: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("specs")).unwrap();
    let mut yaml = String::from("openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\nx-source:\n");
    for url in root_urls {
        yaml.push_str(&format!("  - '{url} (the root list)'\n"));
    }
    yaml.push_str("paths:\n");
    for (i, (id, source)) in operations.iter().enumerate() {
        yaml.push_str(&format!(
            "  /op{i}/:\n    get:\n      operationId: {id}\n      x-source: \"{source}\"\n      responses:\n        \"200\": {{description: ok}}\n"
        ));
    }
    std::fs::write(dir.path().join("specs/demo.yaml"), yaml).unwrap();
    dir
}

fn fetch(base: &str, paths: &[&str], options: &Options) -> std::collections::BTreeMap<String, Fetched> {
    let urls: Vec<String> = paths.iter().map(|p| format!("{base}{p}")).collect();
    sources::fetch_all(&urls, options).unwrap()
}

fn run_xtask(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("sources")
        .args(args)
        .env("PAYSPEC_ROOT", root)
        .output()
        .unwrap()
}

fn state_of<'a>(report: &'a sources::Report, url: &str) -> &'a State {
    &report
        .pages
        .iter()
        .find(|p| p.url == url)
        .unwrap_or_else(|| panic!("{url} not in the report"))
        .state
}

const PAGE_V1: &str = r#"<!doctype html><html><head><title>Create an invoice</title>
<meta name="csrf-token" content="c2VjcmV0LTE"><script nonce="abc123">var build = "2026-01-01";</script>
<style>.x{color:red}</style></head><body>
<header role="banner"><a href="/">Provider</a> <a href="/docs?v=1">Docs</a></header>
<nav><ul><li>Menu one</li><li>Menu two</li></ul></nav>
<main><article><h1>Create an invoice</h1>
<p>POST <code>/api/invoice/create/</code> creates an   invoice.</p>
<table><tr><th>Field</th><th>Type</th></tr><tr><td>amount</td><td>string</td></tr></table>
<pre>{
  "amount": "100.00"
}</pre>
<p>Last updated 3 days ago</p>
<footer>Edit this page</footer></article></main>
<footer>© 2009–2026 Provider. 1 234 views. Generated 2026-12-07 21:06:57</footer>
</body></html>"#;

/// PAGE_V1 with only markup, scripts, navigation and volatile parts changed.
const PAGE_V1_VOLATILE: &str = r#"<!doctype html><html><head><title>Create an invoice (new title)</title>
<meta name="csrf-token" content="b3RoZXItMg"><script nonce="zzz999">var build = "2026-12-31";</script>
<style>.y{color:blue}</style></head><body>
<header role="banner"><a href="/">Provider</a> <a href="/docs?v=2">Docs</a> <a href="/new">New!</a></header>
<nav><ul><li>Menu one</li><li>Menu three</li></ul></nav>
<main><article><h1>Create an invoice</h1>
<p>POST <code>/api/invoice/create/</code>
creates an invoice.</p>
<table><tr><th>Field</th><th>Type</th></tr><tr><td>amount</td><td>string</td></tr></table>
<pre>{
  "amount": "100.00"
}</pre>
<p>Last updated 5 hours ago</p>
<footer>Edit this page on GitHub</footer></article></main>
<footer>© 2009–2027 Provider. 98 765 views. Generated 2027-01-02 03:04:05</footer>
</body></html>"#;

/// PAGE_V1 with a meaningful change: the amount became a number.
fn page_v2() -> String {
    PAGE_V1.replace("<td>amount</td><td>string</td>", "<td>amount</td><td>number</td>")
}

#[test]
fn citations_are_found_wherever_x_source_is() {
    let yaml = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
x-source:
  - https://docs.example.test/intro (introduction; seed 000)
  - 'https://docs.example.test/auth/ (tokens), mirrored at https://mirror.example.test/auth.'
paths:
  /a/:
    post:
      operationId: create_a
      x-source: >-
        https://docs.example.test/a#create, section 'Create' (see also
        https://docs.example.test/intro); shape from https://github.com/o/r/blob/0123456789abcdef0123456789abcdef01234567/a.py
    get:
      x-source: "https://{host}/api/ is the base; https://docs.example.test/a (list)"
components:
  schemas:
    Thing:
      type: object
      x-source: https://docs.example.test/thing (fields table)
"#;
    let mut found = sources::citations("demo", yaml).unwrap();
    found.sort();
    let expected: Vec<(String, String)> = [
        ("https://docs.example.test/a", "demo: GET /a/"),
        ("https://docs.example.test/a", "demo: create_a"),
        ("https://docs.example.test/auth/", "demo: (spec root)"),
        ("https://docs.example.test/intro", "demo: (spec root)"),
        ("https://docs.example.test/intro", "demo: create_a"),
        (
            "https://docs.example.test/thing",
            "demo: /components/schemas/Thing",
        ),
        (
            "https://github.com/o/r/blob/0123456789abcdef0123456789abcdef01234567/a.py",
            "demo: create_a",
        ),
        ("https://mirror.example.test/auth", "demo: (spec root)"),
    ]
    .iter()
    .map(|(u, w)| (u.to_string(), w.to_string()))
    .collect();
    assert_eq!(found, expected);
    assert!(sources::pinned(&expected[6].0));
    assert!(!sources::pinned("https://github.com/o/r/blob/main/a.py"));
    assert!(!sources::pinned("https://docs.example.test/a"));
}

#[test]
fn urls_keep_their_own_brackets_and_lose_trailing_punctuation() {
    assert_eq!(
        sources::urls_in("see https://w.test/wiki/A_(b)), and https://w.test/x?y=1; https://w.test/z."),
        [
            "https://w.test/wiki/A_(b)",
            "https://w.test/x?y=1",
            "https://w.test/z"
        ]
    );
}

#[test]
fn the_repository_specs_cite_pages_and_the_committed_lock_reads() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let cited = sources::collect(root).unwrap();
    assert!(
        cited.len() > 50,
        "only {} cited pages in specs/*.yaml",
        cited.len()
    );
    assert!(cited.values().all(|who| !who.is_empty()));
    let lock = Lock::read(root).unwrap();
    assert!(
        root.join(sources::LOCK_PATH).is_file(),
        "{} is committed",
        sources::LOCK_PATH
    );
    if lock.pages.is_empty() {
        assert_eq!(lock, sources::empty_lock(), "an empty lock says why it is empty");
    }
    for (url, entry) in &lock.pages {
        assert!(
            cited.contains_key(url),
            "{url} in the lock is cited by no spec: run `cargo xtask sources update`"
        );
        assert!(entry.hash.starts_with("sha256:"));
    }
    // The committed file is exactly what `update` writes.
    let text = std::fs::read_to_string(root.join(sources::LOCK_PATH)).unwrap();
    assert_eq!(text, lock.to_text());
}

#[test]
fn html_is_reduced_to_the_main_content() {
    let text = sources::html_text(PAGE_V1);
    assert_eq!(
        text,
        "# Create an invoice\nPOST /api/invoice/create/ creates an invoice.\nField | Type\namount | string\n{\n  \"amount\": \"100.00\"\n}\nLast updated <date>\n"
    );
    // Without a <main>, the body is read, still without navigation, scripts and footers.
    let bare = "<html><body><nav>Menu</nav><h2>Title</h2><div>One<br>Two</div><script>x()</script><footer>© 2024</footer></body></html>";
    assert_eq!(sources::html_text(bare), "## Title\nOne\nTwo\n");
}

#[test]
fn volatile_rules_replace_only_what_changes_by_itself() {
    for (line, expected) in [
        ("Generated 2026-12-07 21:06:57", "Generated <timestamp>"),
        ("at 2026-12-07T21:06:57.123+03:00 UTC", "at <timestamp> UTC"),
        ("Изменено 07.12.2026 в 21:06", "Изменено <date>"),
        ("опубликовано 07.12.2026 21:06:57", "опубликовано <timestamp>"),
        ("updated 2 months ago by admin", "updated <date>"),
        ("commit message, 2 months ago", "commit message, <time ago>"),
        ("правка 3 дня назад", "правка <time ago>"),
        ("© 2009–2026 Provider", "© <year> Provider"),
        ("Copyright 2024 Provider", "Copyright <year> Provider"),
        ("1 234 просмотра", "<count> просмотра"),
        ("12 stars", "<count> stars"),
        ("Cloudflare Ray ID: 8f3a9c1d2e4b5a6f", "Cloudflare Ray ID <id>"),
        // Meaningful: bare dates, amounts, example signatures.
        (
            "since 2024-01-10 the v2 API is closed",
            "since 2024-01-10 the v2 API is closed",
        ),
        (
            "amount 100.00, sign 3b1f6c2a9d8e7f6a5b4c3d2e1f0a9b8c",
            "amount 100.00, sign 3b1f6c2a9d8e7f6a5b4c3d2e1f0a9b8c",
        ),
        ("Last updated yesterday", "Last updated <date>"),
        (
            "Updated fields: amount, currency",
            "Updated fields: amount, currency",
        ),
        (
            "Updated 2024-01-10: the date of a change, said in a line longer than the reach of the rule",
            "Updated 2024-01-10: the date of a change, said in a line longer than the reach of the rule",
        ),
    ] {
        assert_eq!(sources::without_volatile(line), expected, "{line}");
    }
}

#[test]
fn a_changed_page_names_its_operations_with_a_diff_and_a_volatile_change_does_not_count() {
    let site = Site::default();
    let base = serve(&site);
    site.set(
        "/invoice",
        Answer::Page("text/html; charset=utf-8", PAGE_V1.into()),
    );
    site.set(
        "/stable",
        Answer::Page("text/html", "<main><p>Stable text</p></main>".into()),
    );
    let cited = sources::collect(
        root_citing(
            &[format!("{base}/stable")],
            &[
                ("create_invoice", &format!("{base}/invoice#create, table 1")),
                ("get_invoice", &format!("{base}/invoice (fields)")),
            ],
        )
        .path(),
    )
    .unwrap();
    let urls: Vec<String> = cited.keys().cloned().collect();
    let first = sources::fetch_all(&urls, &quiet()).unwrap();
    let lock = sources::updated_lock(&cited, &first, &Lock::default(), SystemTime::now());
    let invoice = format!("{base}/invoice");
    let entry = &lock.pages[&invoice];
    assert_eq!(entry.cited_by, ["demo: create_invoice", "demo: get_invoice"]);
    assert_eq!(entry.content_type, "text/html; charset=utf-8");
    assert!(entry.text.as_deref().unwrap().contains("amount | string"));
    assert_eq!(
        lock.pages[&format!("{base}/stable")].cited_by,
        ["demo: (spec root)"]
    );

    // Only volatile parts, markup, scripts and navigation changed.
    site.set(
        "/invoice",
        Answer::Page("text/html; charset=utf-8", PAGE_V1_VOLATILE.into()),
    );
    let again = sources::fetch_all(&urls, &quiet()).unwrap();
    let report = sources::compare(&cited, &again, &lock);
    assert_eq!(state_of(&report, &invoice), &State::Unchanged);
    assert_eq!(report.changed(), 0);

    // A meaningful change.
    site.set("/invoice", Answer::Page("text/html; charset=utf-8", page_v2()));
    let changed = sources::fetch_all(&urls, &quiet()).unwrap();
    let report = sources::compare(&cited, &changed, &lock);
    assert_eq!(report.changed(), 1);
    assert_eq!(state_of(&report, &format!("{base}/stable")), &State::Unchanged);
    let page = report.pages.iter().find(|p| p.url == invoice).unwrap();
    assert_eq!(page.cited_by, ["demo: create_invoice", "demo: get_invoice"]);
    let State::Changed {
        diff: Some(diff),
        moved: None,
    } = &page.state
    else {
        panic!("{:?}", page.state)
    };
    assert!(diff.contains("\n-amount | string\n+amount | number\n"), "{diff}");
    let text = report.to_text();
    assert!(
        text.contains(&format!(
            "CHANGED {invoice}\n  review: demo: create_invoice, demo: get_invoice\n"
        )),
        "{text}"
    );

    // `update` takes the new text; `taken` moves only when the text changed.
    let later = SystemTime::now() + Duration::from_secs(86_400);
    let relocked = sources::updated_lock(&cited, &changed, &lock, later);
    assert_ne!(relocked.pages[&invoice].hash, entry.hash);
    assert_eq!(relocked.pages[&invoice].taken, httpdate::fmt_http_date(later));
    let stable = format!("{base}/stable");
    assert_eq!(relocked.pages[&stable].taken, lock.pages[&stable].taken);
    assert!(
        site.user_agents
            .lock()
            .unwrap()
            .iter()
            .all(|ua| ua.starts_with("payspec-sources/"))
    );
}

#[test]
fn a_missing_page_is_reported_and_fails_only_with_strict() {
    let site = Site::default();
    let base = serve(&site);
    site.set("/here", Answer::Page("text/html", "<main>Here</main>".into()));
    let root = root_citing(
        &[],
        &[
            ("here", &format!("{base}/here")),
            ("gone", &format!("{base}/gone")),
        ],
    );

    let update = run_xtask(root.path(), &["update", "--timeout", "5"]);
    assert!(
        update.status.success(),
        "{}",
        String::from_utf8_lossy(&update.stderr)
    );
    let lock = Lock::read(root.path()).unwrap();
    assert_eq!(
        lock.pages.keys().collect::<Vec<_>>(),
        [&format!("{base}/here")],
        "a page that did not answer is not added"
    );

    let check = run_xtask(root.path(), &["check", "--json"]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let report: Value = serde_json::from_slice(&check.stdout).unwrap();
    let gone = report["pages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["url"] == format!("{base}/gone"))
        .unwrap();
    assert_eq!(gone["state"], "unreachable");
    assert_eq!(gone["error"], "HTTP 404 Not Found");
    assert_eq!(gone["cited_by"], serde_json::json!(["demo: gone"]));
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(
        stderr.contains(&format!("{base}/gone: FAILED: HTTP 404 Not Found")),
        "progress on stderr: {stderr}"
    );

    let strict = run_xtask(root.path(), &["check", "--strict"]);
    assert_eq!(strict.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&strict.stdout)
            .contains(&format!("UNREACHABLE {base}/gone: HTTP 404 Not Found"))
    );
    let strict_update = run_xtask(root.path(), &["update", "--strict"]);
    assert_eq!(strict_update.status.code(), Some(1));
}

#[test]
fn a_page_that_does_not_answer_in_time_is_reported_and_keeps_its_entry() {
    let site = Site::default();
    let base = serve(&site);
    site.set("/slow", Answer::Page("text/plain", "quick for now".into()));
    let cited = sources::collect(root_citing(&[], &[("slow", &format!("{base}/slow"))]).path()).unwrap();
    let urls: Vec<String> = cited.keys().cloned().collect();
    let lock = sources::updated_lock(
        &cited,
        &sources::fetch_all(&urls, &quiet()).unwrap(),
        &Lock::default(),
        SystemTime::now(),
    );

    site.set("/slow", Answer::Slow(Duration::from_secs(60)));
    let options = Options {
        timeout: Duration::from_secs(1),
        ..quiet()
    };
    let fetched = sources::fetch_all(&urls, &options).unwrap();
    let report = sources::compare(&cited, &fetched, &lock);
    assert_eq!(
        state_of(&report, &urls[0]),
        &State::Unreachable {
            error: "timed out".into()
        }
    );
    assert_eq!(report.changed(), 0);
    let relocked = sources::updated_lock(&cited, &fetched, &lock, SystemTime::now());
    assert_eq!(relocked, lock, "the previous entry stays");
}

#[test]
fn a_redirect_is_followed_and_a_new_target_counts_as_a_change() {
    let site = Site::default();
    let base = serve(&site);
    site.set("/old", Answer::Redirect("/new".into()));
    site.set(
        "/new",
        Answer::Page("text/html", "<main><p>Moved text</p></main>".into()),
    );
    site.set(
        "/newer",
        Answer::Page("text/html", "<main><p>Moved text</p></main>".into()),
    );
    let cited = sources::collect(root_citing(&[], &[("moved", &format!("{base}/old"))]).path()).unwrap();
    let urls: Vec<String> = cited.keys().cloned().collect();
    let lock = sources::updated_lock(
        &cited,
        &sources::fetch_all(&urls, &quiet()).unwrap(),
        &Lock::default(),
        SystemTime::now(),
    );
    let entry = &lock.pages[&format!("{base}/old")];
    assert_eq!(
        entry.redirected_to.as_deref(),
        Some(format!("{base}/new").as_str())
    );
    assert_eq!(entry.text.as_deref(), Some("Moved text\n"));

    site.set("/old", Answer::Redirect("/newer".into()));
    let report = sources::compare(&cited, &sources::fetch_all(&urls, &quiet()).unwrap(), &lock);
    let State::Changed {
        diff,
        moved: Some(moved),
    } = state_of(&report, &urls[0])
    else {
        panic!("{report:?}")
    };
    assert_eq!(diff.as_deref(), Some(""), "same text");
    assert_eq!(moved.before.as_deref(), Some(format!("{base}/new").as_str()));
    assert_eq!(moved.now.as_deref(), Some(format!("{base}/newer").as_str()));
    assert_eq!(report.changed(), 1);
}

#[test]
fn non_html_pages_are_text_or_bytes() {
    let site = Site::default();
    let base = serve(&site);
    site.set(
        "/spec.json",
        Answer::Page("application/json", "{\"amount\": \"1.00\"}\r\n\r\n".into()),
    );
    site.set(
        "/notes.txt",
        Answer::Page("text/plain; charset=utf-8", "one\n\n  two  \n".into()),
    );
    site.set(
        "/terms.pdf",
        Answer::Bytes("application/pdf", b"%PDF-1.4 \xff\xfe one".to_vec()),
    );
    let cited = sources::collect(
        root_citing(
            &[],
            &[
                ("json", &format!("{base}/spec.json")),
                ("txt", &format!("{base}/notes.txt")),
                ("pdf", &format!("{base}/terms.pdf")),
            ],
        )
        .path(),
    )
    .unwrap();
    let urls: Vec<String> = cited.keys().cloned().collect();
    let lock = sources::updated_lock(
        &cited,
        &sources::fetch_all(&urls, &quiet()).unwrap(),
        &Lock::default(),
        SystemTime::now(),
    );
    assert_eq!(
        lock.pages[&format!("{base}/spec.json")].text.as_deref(),
        Some("{\"amount\": \"1.00\"}\n")
    );
    assert_eq!(
        lock.pages[&format!("{base}/notes.txt")].text.as_deref(),
        Some("one\n  two\n")
    );
    let pdf = &lock.pages[&format!("{base}/terms.pdf")];
    assert_eq!(pdf.text, None, "bytes are not kept");
    assert_eq!(pdf.content_type, "application/pdf");

    site.set(
        "/terms.pdf",
        Answer::Bytes("application/pdf", b"%PDF-1.4 \xff\xfe two".to_vec()),
    );
    site.set("/notes.txt", Answer::Page("text/plain", "one\n  three\n".into()));
    let report = sources::compare(&cited, &sources::fetch_all(&urls, &quiet()).unwrap(), &lock);
    assert_eq!(
        state_of(&report, &format!("{base}/terms.pdf")),
        &State::Changed {
            diff: None,
            moved: None
        }
    );
    let State::Changed { diff: Some(diff), .. } = state_of(&report, &format!("{base}/notes.txt")) else {
        panic!("{report:?}")
    };
    assert!(diff.contains("-  two\n+  three\n"), "{diff}");
    assert_eq!(state_of(&report, &format!("{base}/spec.json")), &State::Unchanged);
    assert!(
        report
            .to_text()
            .contains("(the lock did not keep the previous text: no diff)")
    );
}

#[test]
fn requests_in_flight_stay_within_the_limit() {
    let site = Site::default();
    let base = serve(&site);
    let paths: Vec<String> = (0..6).map(|i| format!("/p{i}")).collect();
    for p in &paths {
        site.set(p, Answer::Counted(Duration::from_millis(200)));
    }
    let refs: Vec<&str> = paths.iter().map(String::as_str).collect();
    let fetched = fetch(
        &base,
        &refs,
        &Options {
            concurrency: 2,
            ..quiet()
        },
    );
    assert!(
        fetched.values().all(|f| matches!(f, Fetched::Page { .. })),
        "{fetched:?}"
    );
    assert_eq!(site.user_agents.lock().unwrap().len(), 6);
    let most = site.most_in_flight.load(Ordering::SeqCst);
    assert!(
        (1..=2).contains(&most),
        "{most} requests in flight with a limit of 2"
    );
}

#[test]
fn the_lock_keeps_small_texts_only() {
    let small = "a\n".repeat(100);
    let big = "b\n".repeat(sources::KEEP_PAGE_BYTES);
    let cited: std::collections::BTreeMap<_, _> = ["https://t.test/small", "https://t.test/big"]
        .iter()
        .map(|u| (u.to_string(), ["demo: op".to_string()].into()))
        .collect();
    let page = |text: &str| Fetched::Page {
        redirected_to: None,
        content_type: "text/plain".into(),
        reduced: sources::reduce(Some("text/plain"), text.as_bytes()),
    };
    let fetched = [
        ("https://t.test/small".to_string(), page(&small)),
        ("https://t.test/big".to_string(), page(&big)),
    ]
    .into();
    let lock = sources::updated_lock(&cited, &fetched, &Lock::default(), SystemTime::now());
    assert_eq!(
        lock.pages["https://t.test/small"].text.as_deref(),
        Some(small.as_str())
    );
    assert_eq!(lock.pages["https://t.test/big"].text, None);
    assert_eq!(
        lock.pages["https://t.test/big"].hash,
        sources::reduce(Some("text/plain"), big.as_bytes()).hash
    );

    // Over the total, the largest kept texts go first.
    let many: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> = (0..20)
        .map(|i| (format!("https://t.test/{i:02}"), ["demo: op".to_string()].into()))
        .collect();
    let fetched = (0..20)
        .map(|i| {
            (
                format!("https://t.test/{i:02}"),
                page(&format!("{i}\n").repeat(1000 * (i + 10))),
            )
        })
        .collect();
    let lock = sources::updated_lock(&many, &fetched, &Lock::default(), SystemTime::now());
    let kept: usize = lock
        .pages
        .values()
        .filter_map(|e| e.text.as_ref())
        .map(String::len)
        .sum();
    assert!(kept <= sources::KEEP_TOTAL_BYTES);
    assert!(lock.pages["https://t.test/00"].text.is_some());
    assert!(lock.pages["https://t.test/19"].text.is_none());
}

#[test]
fn check_json_and_exit_status_through_the_binary() {
    let site = Site::default();
    let base = serve(&site);
    site.set("/invoice", Answer::Page("text/html", PAGE_V1.into()));
    let root = root_citing(
        &[format!("{base}/invoice")],
        &[("create_invoice", &format!("{base}/invoice"))],
    );

    // Not in the lock yet: a change.
    let first = run_xtask(root.path(), &["check"]);
    assert_eq!(first.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&first.stdout).contains(&format!("NEW {base}/invoice")));

    assert!(run_xtask(root.path(), &["update"]).status.success());
    let unchanged = run_xtask(root.path(), &["check", "--json", "--concurrency", "1"]);
    assert_eq!(
        unchanged.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&unchanged.stderr)
    );

    site.set("/invoice", Answer::Page("text/html", page_v2()));
    let changed = run_xtask(root.path(), &["check", "--json"]);
    assert_eq!(changed.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&changed.stdout).unwrap();
    let page = &report["pages"][0];
    assert_eq!(page["state"], "changed");
    assert_eq!(
        page["cited_by"],
        serde_json::json!(["demo: (spec root)", "demo: create_invoice"])
    );
    assert!(page["diff"].as_str().unwrap().contains("+amount | number"));
    assert_eq!(report["no_longer_cited"], serde_json::json!([]));
}

#[test]
fn help_and_usage() {
    let root = tempfile::tempdir().unwrap();
    let help = run_xtask(root.path(), &["check", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    let text = String::from_utf8(help.stdout).unwrap();
    for needle in [
        "sources update",
        "sources check",
        "--json",
        "--strict",
        "--timeout SECS",
        "--concurrency N",
        "specs/sources.lock",
        "weekly",
    ] {
        assert!(text.contains(needle), "--help lacks {needle}:\n{text}");
    }
    for bad in [
        &[][..],
        &["fetch"][..],
        &["check", "--timeout"][..],
        &["check", "--concurrency", "0"][..],
        &["check", "update"][..],
    ] {
        let out = run_xtask(root.path(), bad);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("usage: cargo xtask sources"));
    }
}
