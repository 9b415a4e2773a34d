//! `xtask::docs::run`: the offline HTML reference of the real specs (anchors, extensions,
//! links back to the source documents, no external resources) and of fixture specs (escaping,
//! minimal Markdown, problems reported).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use xtask::docs;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn providers(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root.join("specs"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The real specs rendered into `out`: whether `run` found no problems.
fn render_into(out: &Path) -> bool {
    docs::run(&repo_root(), out).expect("docs run")
}

/// The real specs rendered once: the pages' text by file name, and whether `run` found no
/// problems. The folder is removed again; tests that follow links render their own.
fn rendered() -> &'static (BTreeMap<String, String>, bool) {
    static PAGES: OnceLock<(BTreeMap<String, String>, bool)> = OnceLock::new();
    PAGES.get_or_init(|| {
        let out = tempfile::tempdir().expect("temp dir");
        let ok = render_into(out.path());
        let pages = std::fs::read_dir(out.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), read(&p)))
            .collect();
        (pages, ok)
    })
}

fn page(name: &str) -> String {
    rendered()
        .0
        .get(name)
        .unwrap_or_else(|| panic!("{name} was not written"))
        .clone()
}

#[track_caller]
fn assert_has(html: &str, needle: &str) {
    assert!(html.contains(needle), "the page lacks {needle:?}");
}

// ------------------------------------------------------------------------------------------
// The real specs

#[test]
fn every_spec_gets_a_page_and_an_index_row() {
    let (pages, ok) = rendered();
    assert!(
        *ok,
        "cargo xtask docs reported problems in the specs (see stderr)"
    );
    let names = providers(&repo_root());
    for expected in ["crystalpay", "invoicebox", "onebox", "paykeeper", "sber"] {
        assert!(
            names.iter().any(|n| n == expected),
            "specs/{expected}.yaml is gone"
        );
    }
    let index = page("index.html");
    assert_has(&index, "<meta charset=\"utf-8\">");
    for name in &names {
        assert!(
            pages.contains_key(&format!("{name}.html")),
            "{name}.html not written"
        );
        assert_has(&index, &format!("<a href=\"{name}.html\">{name}</a>"));
        assert_has(&index, &format!("<tr id=\"provider-{name}\">"));
    }
    // Title, version, excerpt and operation count of one provider.
    let row = index
        .lines()
        .find(|l| l.starts_with("<tr id=\"provider-paykeeper\">"))
        .unwrap();
    assert!(
        row.contains("<td>PayKeeper JSON API</td><td><code>unversioned</code></td>"),
        "{row}"
    );
    assert!(row.contains("(протокол JSON API)"), "{row}");
    let operations = read(&repo_root().join("specs/paykeeper.yaml"))
        .matches("operationId:")
        .count();
    assert!(
        row.contains(&format!("<td class=\"num\">{operations}</td>")),
        "{row}"
    );
}

#[test]
fn paykeeper_invoice_list_is_rendered() {
    let html = page("paykeeper.html");
    assert_has(&html, "<h1>PayKeeper JSON API</h1>");
    assert_has(&html, "<section class=\"op\" id=\"invoice_list\">");
    assert_has(
        &html,
        "<h3><span class=\"method get\">GET</span> <code class=\"path\">/info/invoice/list/</code> \
         <a class=\"opid\" href=\"#invoice_list\">invoice_list</a></h3>",
    );
    assert_has(&html, "<p class=\"summary\">Invoice history for a period</p>");
    // The table of contents, grouped by tag.
    assert_has(&html, "<li><a href=\"#tag-invoices\">invoices</a>");
    assert_has(
        &html,
        "<a href=\"#invoice_list\"><span class=\"method get\">GET</span> invoice_list</a>",
    );
    // The PHP-style array parameter, its item type linked, marked as an open enum.
    assert_has(
        &html,
        "<td><code class=\"param\">status[]</code></td><td>query</td><td>optional</td><td>array of \
         <a class=\"ref\" href=\"#schema-InvoiceStatus\">InvoiceStatus</a> <span class=\"badge open\">open enum</span></td>",
    );
    assert_has(&html, "<code class=\"nowrap\">[&quot;paid&quot;]</code>");
    // Response: schema link with its Rust type, example as indented JSON with Cyrillic intact.
    assert_has(
        &html,
        "<a class=\"ref\" href=\"#schema-InvoiceList\">InvoiceList</a> <span class=\"rust\">→ \
         <code>::payspec::LenientList&lt;Invoice&gt;</code></span>",
    );
    assert_has(&html, "    &quot;clientid&quot;: &quot;Кристина Бушуева&quot;,\n");
    // x-examples-urls, escaped.
    assert_has(
        &html,
        "<li><code>/info/invoice/list/?status[]=paid&amp;start_date=2014-04-15&amp;end_date=2014-04-25&amp;from=30&amp;limit=10</code></li>",
    );
}

#[test]
fn sources_link_back_to_the_documents() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    render_into(out);
    let html = read(&out.join("paykeeper.html"));
    // Root x-source: a public URL, a seed file and a reference file.
    assert_has(
        &html,
        "<a href=\"https://docs.paykeeper.ru/dokumentatsiya-json-api/\">https://docs.paykeeper.ru/dokumentatsiya-json-api/</a>",
    );
    assert_has(
        &html,
        "<a href=\"https://github.com/Eseath/paykeeper-php-sdk\">github.com/Eseath/paykeeper-php-sdk</a>",
    );
    // The operation's x-source, with the file links resolving from the output folder.
    let section = &html[html.find("id=\"invoice_list\"").unwrap()..];
    let source = &section[section.find("<div class=\"source\">").unwrap()..];
    let source = &source[..source.find("</div>").unwrap()];
    let shared = repo_root().join("../shared");
    for (kind, file) in [
        ("seeds", "002_7de4fb16d78ae602.txt"),
        ("reference", "paykeeper.md"),
    ] {
        let text = format!(">{kind}/{file}</a>");
        if !shared.join(kind).join(file).is_file() {
            // A checkout without the source documents shows the names as text.
            assert!(source.contains(&format!("{kind}/{file}")), "{source}");
            continue;
        }
        assert!(source.contains(&text), "{source}");
        let end = source.find(&text).unwrap();
        let start = source[..end].rfind("href=\"").unwrap() + "href=\"".len();
        let href = &source[start..end - 1];
        assert!(href.ends_with(&format!("shared/{kind}/{file}")), "{href}");
        assert!(
            out.join(href).is_file(),
            "{href} does not lead to the file from {}",
            out.display()
        );
    }
}

#[test]
fn auth_envelope_and_extensions_are_shown() {
    let paykeeper = page("paykeeper.html");
    assert_has(
        &paykeeper,
        "<tr id=\"scheme-basic\"><td><code>basic</code></td><td><code>http</code></td>",
    );
    assert_has(
        &paykeeper,
        "<h3 id=\"sec-x-auth\">Credentials the client adds (x-auth)</h3>",
    );
    assert_has(&paykeeper, "<tr><td><code>token</code></td><td>body</td>");
    assert_has(
        &paykeeper,
        "<a class=\"ref\" href=\"#schema-FailEnvelope\">FailEnvelope</a>",
    );
    assert_has(&paykeeper, "<code class=\"url\">https://{server}</code>");
    assert_has(
        &paykeeper,
        "<td><code>{server}</code></td><td><code>demo.paykeeper.ru</code></td>",
    );

    let onebox = page("onebox.html");
    assert_has(
        &onebox,
        "<tr id=\"scheme-login\"><td><code>login</code></td><td><code>apiKey</code></td><td>query <code>login</code></td>",
    );
    assert_has(&onebox, "<span class=\"ext-name\">x-require-one-of</span>");
    assert_has(
        &onebox,
        "<li>at least one of <code>orderid</code>, <code>ordercode1c</code></li>",
    );

    let crystalpay = page("crystalpay.html");
    let payoff = &crystalpay[crystalpay.find("id=\"payoff_create\"").unwrap()..];
    let payoff = &payoff[..payoff.find("</section>").unwrap()];
    assert!(
        payoff.contains(
            "<code>signature</code> = lowercase hex sha1(<code>amount</code>:<code>method</code>:<code>wallet</code>:<em>salt</em>)"
        ),
        "{payoff}"
    );
    assert_has(&crystalpay, "<span class=\"ext-name\">x-request-body</span>");

    let invoicebox = page("invoicebox.html");
    assert_has(&invoicebox, "<span class=\"ext-name\">x-client-fills</span>");
    assert_has(&invoicebox, "<code>merchantId</code>");
    assert_has(
        &invoicebox,
        "<span class=\"ext-name\">x-known-codes</span> <table class=\"ext-table\">",
    );
    assert_has(&invoicebox, "<td>unauthorized</td>");
    assert_has(&invoicebox, "<tr id=\"scheme-bearer\">");

    let sber = page("sber.html");
    assert_has(&sber, "<span class=\"ext-name\">x-success-codes</span>");
    assert_has(
        &sber,
        "<td><code class=\"param\">author</code></td><td>header</td>",
    );
    assert_has(&sber, "<section class=\"response\" id=\"response-Error\">");
    assert_has(
        &sber,
        "<span class=\"status\">4XX</span> <a class=\"ref\" href=\"#response-Error\">Error</a>",
    );
}

#[test]
fn schemas_are_rendered() {
    let html = page("paykeeper.html");
    let status = &html[html
        .find("<section class=\"schema\" id=\"schema-InvoiceStatus\">")
        .unwrap()..];
    let status = &status[..status.find("</section>").unwrap()];
    assert!(
        status.contains("<span class=\"badge open\">open enum</span> (x-open-enum"),
        "{status}"
    );
    for value in ["created", "sent", "paid", "expired"] {
        assert!(
            status.contains(&format!("<code>&quot;{value}&quot;</code>")),
            "{status}"
        );
    }
    assert!(
        status.contains("<a href=\"#invoice_list\">invoice_list</a>"),
        "used by: {status}"
    );

    let decimal = &html[html.find("id=\"schema-Decimal\"").unwrap()..];
    assert!(
        decimal[..decimal.find("</section>").unwrap()]
            .contains("Rust (x-rust-type): <code>::payspec::Decimal</code>")
    );

    let invoice = &html[html.find("id=\"schema-Invoice\"").unwrap()..];
    let invoice = &invoice[..invoice.find("</section>").unwrap()];
    assert!(
        invoice.contains("<th>Property</th><th>Type</th><th>Required</th><th>Nullable</th>"),
        "{invoice}"
    );
    assert!(invoice.contains("<td><code class=\"prop\">pay_amount</code></td><td><a class=\"ref\" href=\"#schema-Decimal\">Decimal</a>"));

    // Every component schema of every spec has its anchor.
    for name in providers(&repo_root()) {
        let yaml: serde_yaml::Value =
            serde_yaml::from_str(&read(&repo_root().join(format!("specs/{name}.yaml")))).unwrap();
        let html = page(&format!("{name}.html"));
        let schemas = yaml["components"]["schemas"].as_mapping().unwrap();
        for key in schemas.keys() {
            let key = key.as_str().unwrap();
            assert_has(&html, &format!("<section class=\"schema\" id=\"schema-{key}\">"));
        }
    }
}

#[test]
fn internal_links_resolve_and_ids_are_unique() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    render_into(out);
    for name in providers(&repo_root())
        .iter()
        .map(|n| format!("{n}.html"))
        .chain(["index.html".into()])
    {
        let html = read(&out.join(&name));
        let ids: Vec<&str> = html
            .split(" id=\"")
            .skip(1)
            .map(|s| &s[..s.find('"').unwrap()])
            .collect();
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(ids.len(), unique.len(), "{name}: duplicate ids");
        for href in html.split("href=\"").skip(1).map(|s| &s[..s.find('"').unwrap()]) {
            if let Some(fragment) = href.strip_prefix('#') {
                assert!(
                    ids.contains(&fragment),
                    "{name}: link to #{fragment}, which no element has"
                );
            } else if !href.starts_with("https://") && !href.starts_with("http://") {
                let path = href.split('#').next().unwrap();
                assert!(
                    out.join(path).is_file(),
                    "{name}: link to {href}, which is no file"
                );
            }
        }
    }
}

/// No stylesheet, script, font or image from anywhere: `http(s)` only in `<a href>`.
#[track_caller]
fn assert_self_contained(name: &str, html: &str) {
    for tag in [
        "<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "url(", " src=",
    ] {
        assert!(!html.contains(tag), "{name} contains {tag:?}");
    }
    for (at, _) in html.match_indices("http") {
        let before = &html[..at];
        if !before.ends_with("=\"") {
            continue; // text, not an attribute
        }
        let tag = &before[before.rfind('<').unwrap()..];
        assert!(
            tag.starts_with("<a ") && tag.ends_with(" href=\""),
            "{name}: an http(s) reference outside <a href>: {}",
            &html[at - tag.len()..at + 40]
        );
    }
}

#[test]
fn pages_use_no_external_resources() {
    for name in providers(&repo_root())
        .iter()
        .map(|n| format!("{n}.html"))
        .chain(["index.html".into()])
    {
        let html = page(&name);
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"));
        assert_self_contained(&name, &html);
    }
}

#[test]
fn output_is_deterministic() {
    let out = tempfile::tempdir().unwrap();
    docs::run(&repo_root(), out.path()).unwrap();
    let first: Vec<(String, String)> = providers(&repo_root())
        .iter()
        .map(|n| format!("{n}.html"))
        .chain(["index.html".into()])
        .map(|n| (read(&out.path().join(&n)), n))
        .map(|(html, n)| (n, html))
        .collect();
    docs::run(&repo_root(), out.path()).unwrap();
    for (name, html) in first {
        assert!(
            read(&out.path().join(&name)) == html,
            "{name} differs between two runs"
        );
    }
}

// ------------------------------------------------------------------------------------------
// Fixture specs

const EVIL: &str = r#"
openapi: 3.0.3
info:
  title: 'Evil <script>alert("t")</script> & Co'
  version: '1 & "2"'
  description: |
    <script>alert(1)</script> is **not <b>run</b>**, and `<code> & "quotes"` neither.

    Double backticks: ``a `tick` inside``; a code span keeps `**stars**` literal.

    - first <i>item</i>
      continued on the next line
    - second item with https://example.com/a?b=1&c=2 inside

    Кириллица — «кавычки» and an unmatched `backtick and a lone ** marker.
x-source:
  - ../shared/seeds/000_fixture.txt (the seed)
  - reference/missing.md (not on disk)
  - javascript:alert(1)
  - https://example.com/"onmouseover="alert(1)
servers:
  - url: 'https://{host}/"><script>'
    variables:
      host: {default: 'x"y'}
tags:
  - name: '<tag>'
    description: 'Tag <em>description</em>'
paths:
  /things/{id}:
    get:
      operationId: thing_get
      summary: 'Get a <thing> & "more"'
      description: 'Description with </section> and <!-- a comment -->.'
      tags: ['<tag>']
      x-source: seeds/000_fixture.txt §1 and reference/missing.md
      x-examples-urls:
        - /things/1?a=<b>&c="d"
      x-custom: {'<k>': '<v>'}
      parameters:
        - name: 'id"><script>'
          in: path
          required: true
          description: 'Param <script>'
          schema: {type: string, enum: ['<a>', '"b"']}
          example: '</code><script>'
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
              example: {note: '</pre><script>alert(1)</script>', 'key<': "v'"}
components:
  schemas:
    Thing:
      type: object
      description: 'A <thing>.'
      required: ['<b>']
      properties:
        '<b>':
          type: string
          description: '**Bold** & <u>raw</u>'
        kind:
          $ref: '#/components/schemas/Kind'
    Kind:
      type: string
      enum: ['<x>', 'a&b']
      x-open-enum: true
      x-rust-type: '::payspec::Text<"x">'
"#;

/// A workspace root in a temporary folder, with `specs/` and a sibling `shared/seeds/`.
fn fixture_root(specs: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("repo");
    std::fs::create_dir_all(root.join("specs")).unwrap();
    std::fs::create_dir_all(dir.path().join("shared/seeds")).unwrap();
    std::fs::write(dir.path().join("shared/seeds/000_fixture.txt"), "seed").unwrap();
    for (name, yaml) in specs {
        std::fs::write(root.join(format!("specs/{name}.yaml")), yaml).unwrap();
    }
    let out = dir.path().join("out");
    (dir, root, out)
}

#[test]
fn everything_from_the_spec_is_escaped() {
    let (_dir, root, out) = fixture_root(&[("evil", EVIL)]);
    assert_eq!(docs::run(&root, &out), Ok(true));
    let html = read(&out.join("evil.html"));
    let index = read(&out.join("index.html"));
    assert_self_contained("evil.html", &html);
    assert_self_contained("index.html", &index);
    for page in [&html, &index] {
        assert!(!page.contains("<script"), "unescaped <script>");
        assert!(!page.contains("<b>"), "unescaped <b>");
    }
    assert_has(
        &html,
        "<title>Evil &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; Co — evil</title>",
    );
    assert_has(
        &html,
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; is <strong>not &lt;b&gt;run&lt;/b&gt;</strong>, and <code>&lt;code&gt; &amp; &quot;quotes&quot;</code> neither.</p>",
    );
    assert_has(
        &index,
        "&lt;script&gt;alert(1)&lt;/script&gt; is <strong>not &lt;b&gt;run&lt;/b&gt;</strong>",
    );
    assert_has(
        &html,
        "<code class=\"url\">https://{host}/&quot;&gt;&lt;script&gt;</code>",
    );
    assert_has(&html, "<section class=\"op\" id=\"thing_get\">");
    assert_has(
        &html,
        "<p class=\"summary\">Get a &lt;thing&gt; &amp; &quot;more&quot;</p>",
    );
    assert_has(
        &html,
        "Description with &lt;/section&gt; and &lt;!-- a comment --&gt;.",
    );
    assert_has(&html, "<code class=\"param\">id&quot;&gt;&lt;script&gt;</code>");
    assert_has(
        &html,
        "<code>&quot;&lt;a&gt;&quot;</code> <code>&quot;\\&quot;b\\&quot;&quot;</code>",
    );
    assert_has(
        &html,
        "<code class=\"nowrap\">&quot;&lt;/code&gt;&lt;script&gt;&quot;</code>",
    );
    assert_has(
        &html,
        "&quot;note&quot;: &quot;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;,",
    );
    assert_has(&html, "&quot;key&lt;&quot;: &quot;v&#39;&quot;");
    assert_has(
        &html,
        "<li><code>/things/1?a=&lt;b&gt;&amp;c=&quot;d&quot;</code></li>",
    );
    assert_has(
        &html,
        "<th><code>&lt;k&gt;</code></th><td><code>&lt;v&gt;</code></td>",
    );
    assert_has(
        &html,
        "<section class=\"tag\" id=\"tag-_tag_\">\n<h2 class=\"tag-name\">&lt;tag&gt;</h2>",
    );
    assert_has(&html, "<td><code class=\"prop\">&lt;b&gt;</code></td>");
    assert_has(&html, "<td><strong>required</strong></td>");
    assert_has(&html, "<p><strong>Bold</strong> &amp; &lt;u&gt;raw&lt;/u&gt;</p>");
    assert_has(
        &html,
        "<span class=\"rust\">→ <code>::payspec::Text&lt;&quot;x&quot;&gt;</code></span>",
    );
    assert_has(
        &html,
        "<code>&quot;&lt;x&gt;&quot;</code> <code>&quot;a&amp;b&quot;</code>",
    );
    assert_has(
        &html,
        "<h1>Evil &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; Co</h1>",
    );
    assert_has(&html, "Version <code>1 &amp; &quot;2&quot;</code>");
    assert_has(&html, "Кириллица — «кавычки»");
}

#[test]
fn minimal_markdown_and_links() {
    let (_dir, root, out) = fixture_root(&[("evil", EVIL)]);
    docs::run(&root, &out).unwrap();
    let html = read(&out.join("evil.html"));
    // Code spans: double backticks, `**` literal inside code, unmatched markers left as text.
    assert_has(&html, "<code>a `tick` inside</code>");
    assert_has(&html, "<code>**stars**</code>");
    assert_has(&html, "an unmatched `backtick and a lone ** marker.");
    // A list item with a continuation line and a bare URL.
    assert_has(
        &html,
        "<ul><li>first &lt;i&gt;item&lt;/i&gt;\ncontinued on the next line</li>",
    );
    assert_has(
        &html,
        "<a href=\"https://example.com/a?b=1&amp;c=2\">https://example.com/a?b=1&amp;c=2</a> inside</li>",
    );
    // Source documents: an existing seed is linked relative to the output folder, a missing
    // file and a javascript: text are not links, a quote ends a URL.
    assert_has(
        &html,
        "<li><a href=\"../shared/seeds/000_fixture.txt\">../shared/seeds/000_fixture.txt</a> (the seed)</li>",
    );
    assert_has(
        &html,
        "<a href=\"../shared/seeds/000_fixture.txt\">seeds/000_fixture.txt</a> §1 and reference/missing.md",
    );
    assert_has(&html, "<li>reference/missing.md (not on disk)</li>");
    assert_has(&html, "<li>javascript:alert(1)</li>");
    assert_has(
        &html,
        "<li><a href=\"https://example.com/\">https://example.com/</a>&quot;onmouseover=&quot;alert(1)</li>",
    );
    assert!(!html.contains("href=\"javascript"));
}

#[test]
fn problems_are_reported_and_pages_still_written() {
    let dangling = r#"
openapi: 3.0.3
info: {title: Dangling, version: "1"}
paths:
  /a:
    get:
      operationId: same
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Nowhere'}
  /b:
    get:
      operationId: same
      responses:
        "200": {description: ok}
"#;
    let (_dir, root, out) = fixture_root(&[
        ("dangling", dangling),
        ("broken", "openapi: [unclosed"),
        ("evil", EVIL),
    ]);
    assert_eq!(docs::run(&root, &out), Ok(false));
    let html = read(&out.join("dangling.html"));
    assert_has(
        &html,
        "<code class=\"broken\" title=\"dangling $ref\">#/components/schemas/Nowhere</code>",
    );
    assert!(out.join("evil.html").is_file());
    assert!(!out.join("broken.html").exists());
    let index = read(&out.join("index.html"));
    assert_has(
        &index,
        "<tr class=\"failed\" id=\"provider-broken\"><td>broken</td>",
    );
    assert_has(&index, "<a href=\"dangling.html\">dangling</a>");
}

#[test]
fn no_specs_is_an_error() {
    let (_dir, root, out) = fixture_root(&[]);
    assert!(docs::run(&root, &out).is_err());
}
