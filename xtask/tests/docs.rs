//! `xtask::docs::run`: the offline HTML reference of the real specs (anchors, extensions, no
//! external resources, no link outside the output folder) and of fixture specs (escaping,
//! minimal Markdown, sources as text, the spec forms of `specs/CONVENTIONS.md`, problems
//! reported).

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
         <code>::payspec::LenientList&lt;<a href=\"#schema-Invoice\">Invoice</a>&gt;</code></span>",
    );
    assert_has(&html, "    &quot;clientid&quot;: &quot;Кристина Бушуева&quot;,\n");
    // x-examples-urls, escaped.
    assert_has(
        &html,
        "<li><code>/info/invoice/list/?status[]=paid&amp;start_date=2014-04-15&amp;end_date=2014-04-25&amp;from=30&amp;limit=10</code></li>",
    );
}

#[test]
fn sources_are_text_with_their_urls_linked() {
    let html = page("paykeeper.html");
    assert_has(
        &html,
        "<a href=\"https://docs.paykeeper.ru/dokumentatsiya-json-api/\">https://docs.paykeeper.ru/dokumentatsiya-json-api/</a>",
    );
    // Every page: no link leaves the output folder, whatever the specs name.
    for (name, html) in &rendered().0 {
        for href in hrefs(html) {
            assert!(!href.contains("shared/"), "{name}: link to {href}");
            assert!(
                !href.starts_with("..") && !href.starts_with('/'),
                "{name}: link to {href}"
            );
        }
    }
}

/// PayKeeper's lookups answer one object (a `Single<T>` facade) or the envelope at HTTP 200: the
/// operation shows both and links the object's schema, whose section lists its fields.
#[test]
fn paykeeper_lookups_show_their_objects() {
    let html = page("paykeeper.html");
    for (op, object, fields) in [
        ("invoice_byid", "Invoice", &["id", "status", "pay_amount"][..]),
        ("payment_byid", "Payment", &["id", "status", "pay_amount"][..]),
        ("token_get", "Token", &["token"][..]),
    ] {
        let op_html = section(&html, op);
        assert!(op_html.contains("or, on refusal (HTTP 200): "), "{op_html}");
        assert!(
            op_html.contains(&format!("<a href=\"#schema-{object}\">{object}</a>"))
                || op_html.contains(&format!(
                    "<a class=\"ref\" href=\"#schema-{object}\">{object}</a>"
                )),
            "{op} does not link {object}: {op_html}"
        );
        let schema = section(&html, &format!("schema-{object}"));
        for field in fields {
            row(schema, field);
        }
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
    assert_has(
        &paykeeper,
        "<tr><td><code>token</code></td><td>body (fetched by <code>token_get</code>)</td>",
    );
    assert_has(&paykeeper, "<span class=\"ext-name\">x-envelope</span>");
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
        let yaml: serde_norway::Value =
            serde_norway::from_str(&read(&repo_root().join(format!("specs/{name}.yaml")))).unwrap();
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
        for href in hrefs(&html) {
            if let Some(fragment) = href.strip_prefix('#') {
                assert!(
                    ids.contains(&fragment),
                    "{name}: link to #{fragment}, which no element has"
                );
            } else {
                assert_link_stays_inside(&name, href, out);
            }
        }
    }
}

/// Every `href="..."` value of a page.
fn hrefs(html: &str) -> Vec<&str> {
    html.split("href=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect()
}

/// An `href` is an `http(s)://` URL, a `#fragment`, or a file inside the output folder `out`.
#[track_caller]
fn assert_link_stays_inside(page: &str, href: &str, out: &Path) {
    if href.starts_with("https://") || href.starts_with("http://") || href.starts_with('#') {
        return;
    }
    let path = href.split('#').next().unwrap();
    assert!(
        !path.is_empty()
            && !path.contains(':')
            && !path.starts_with('/')
            && path.split('/').all(|part| part != ".." && part != "."),
        "{page}: link to {href}, which leaves the output folder"
    );
    assert!(
        out.join(path).is_file(),
        "{page}: link to {href}, which is no file in {}",
        out.display()
    );
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
  - ../beside/sources/fixture-000.txt (the seed)
  - notes/missing.md (not on disk)
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
      x-source: sources/fixture-000.txt §1 and notes/missing.md
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

/// A workspace root in a temporary folder, with `specs/` and a sibling `beside/sources/` (whose
/// files the pages must not link).
fn fixture_root(specs: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("repo");
    std::fs::create_dir_all(root.join("specs")).unwrap();
    std::fs::create_dir_all(dir.path().join("beside/sources")).unwrap();
    std::fs::write(dir.path().join("beside/sources/fixture-000.txt"), "seed").unwrap();
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
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; is <strong>not &lt;b&gt;run&lt;/b&gt;</strong>, and <code>&lt;code&gt; &amp; \"quotes\"</code> neither.</p>",
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
        "<ul>\n<li>first &lt;i&gt;item&lt;/i&gt;\ncontinued on the next line</li>",
    );
    assert_has(
        &html,
        "<a href=\"https://example.com/a?b=1&amp;c=2\">https://example.com/a?b=1&amp;c=2</a> inside</li>",
    );
    // Source documents are text even where the file exists next to the checkout; a
    // javascript: text is no link, a quote ends a URL.
    assert_has(&html, "<li>../beside/sources/fixture-000.txt (the seed)</li>");
    assert_has(
        &html,
        "<span>sources/fixture-000.txt §1 and notes/missing.md</span>",
    );
    assert_has(&html, "<li>notes/missing.md (not on disk)</li>");
    assert_has(&html, "<li>javascript:alert(1)</li>");
    assert_has(
        &html,
        "<li><a href=\"https://example.com/\">https://example.com/</a>&quot;onmouseover=&quot;alert(1)</li>",
    );
    assert!(!html.contains("href=\"javascript"));
}

#[test]
fn markdown_tables_emphasis_and_only_safe_links() {
    let spec = r#"
openapi: 3.0.3
info:
  title: Markdown
  version: "1"
  description: |
    | code | meaning |
    |---|---|
    | `E1` | see [the page](https://example.com/e1) |

    [bad](javascript:alert(1)), [local](../secret.txt), [anchor](#sec-servers),
    ![a picture](https://example.com/p.png) and *emphasis*.

    <div onclick="x()">an HTML block</div>
paths: {}
"#;
    let (_dir, root, out) = fixture_root(&[("md", spec)]);
    assert_eq!(docs::run(&root, &out), Ok(true));
    let html = read(&out.join("md.html"));
    assert_self_contained("md.html", &html);
    assert_has(
        &html,
        "<table><thead><tr><th>code</th><th>meaning</th></tr></thead><tbody>\n<tr><td><code>E1</code></td><td>see <a href=\"https://example.com/e1\">the page</a></td></tr>",
    );
    // A link only to http(s) or a fragment; other targets keep their text; images are text.
    assert_has(
        &html,
        "<p>bad, local, <a href=\"#sec-servers\">anchor</a>,\na picture and <em>emphasis</em>.</p>",
    );
    assert!(!html.contains("javascript:"), "a javascript: link survived");
    assert!(!html.contains("<img"), "an image would load");
    // Raw HTML is text, and a line that starts with a tag is a paragraph.
    assert_has(
        &html,
        "<p>&lt;div onclick=&quot;x()&quot;&gt;an HTML block&lt;/div&gt;</p>",
    );
    assert!(!html.contains("<div onclick"));
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

// ------------------------------------------------------------------------------------------
// The spec forms of specs/CONVENTIONS.md

const FORMS: &str = r#"
openapi: 3.0.3
info: {title: Forms, version: "1"}
x-source:
  - https://example.com/docs/api (official page; seed 007 named as text)
  - sources/fixture-000.txt and ../beside/sources/fixture-000.txt and notes/forms.md
x-error-envelope: '#/components/schemas/FailEnvelope'
paths:
  /thing/byid/:
    get:
      operationId: thing_byid
      x-source: "https://example.com/docs/api#byid (section 'Get'); sources/fixture-000.txt §3.1, ../beside/notes/forms.md §2"
      parameters:
        - name: cart
          in: query
          schema: {$ref: '#/components/schemas/CartText'}
        - name: inline_cart
          in: query
          schema: {type: string, x-json-schema: {$ref: '#/components/schemas/Cart'}}
      responses:
        "200":
          description: The thing, or a refusal.
          content:
            application/json:
              schema:
                anyOf:
                  - $ref: '#/components/schemas/ThingOne'
                  - $ref: '#/components/schemas/FailEnvelope'
              examples:
                found:
                  summary: A thing as a one-element array
                  value: [{id: "7", note: null}]
                refused:
                  summary: Refusal
                  value: {result: fail, msg: Not found}
  /thing/create/:
    post:
      operationId: thing_create
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                cart:
                  allOf: [{$ref: '#/components/schemas/CartText'}]
                  description: The cart as JSON text.
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Text:
      x-rust-type: "::payspec::Text"
      description: Text sent as a string, number or boolean.
      anyOf: [{type: string}, {type: number}, {type: boolean}]
    Thing:
      type: object
      required: [id]
      properties:
        id:
          allOf: [{$ref: '#/components/schemas/Text'}]
          description: Id of the thing.
        note:
          description: A note, or null.
          anyOf:
            - $ref: '#/components/schemas/Text'
            - {type: string, nullable: true, enum: [null]}
        tags:
          anyOf:
            - {type: array, items: {type: string}}
            - {type: string, nullable: true, enum: [null]}
      additionalProperties: {}
    ThingOne:
      x-rust-type: "::payspec::Single<Thing>"
      anyOf:
        - $ref: '#/components/schemas/Thing'
        - type: array
          items: {$ref: '#/components/schemas/Thing'}
          minItems: 1
          maxItems: 1
    Cart:
      type: array
      items: {type: object, properties: {name: {type: string}}}
    CartText:
      type: string
      description: The JSON text of a `Cart`.
      x-rust-type: "::payspec::JsonText<Cart>"
      x-json-schema: {$ref: '#/components/schemas/Cart'}
    FailEnvelope:
      type: object
      properties:
        result: {type: string}
        msg: {type: string}
      additionalProperties: {}
"#;

/// The FORMS fixture rendered: its page, and the output folder (kept alive by the `TempDir`).
fn forms_page() -> (tempfile::TempDir, PathBuf, String) {
    let (dir, root, out) = fixture_root(&[("forms", FORMS)]);
    assert_eq!(docs::run(&root, &out), Ok(true));
    let html = read(&out.join("forms.html"));
    assert_self_contained("forms.html", &html);
    (dir, out, html)
}

/// The part of a page from the element with `id` to the end of its section.
fn section<'h>(html: &'h str, id: &str) -> &'h str {
    let start = html
        .find(&format!(" id=\"{id}\""))
        .unwrap_or_else(|| panic!("no element with id {id}"));
    let rest = &html[start..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

/// The table row of property or parameter `name` within `html`.
fn row<'h>(html: &'h str, name: &str) -> &'h str {
    let start = html
        .find(&format!("<tr><td><code class=\"prop\">{name}</code></td>"))
        .or_else(|| html.find(&format!("<tr><td><code class=\"param\">{name}</code></td>")))
        .unwrap_or_else(|| panic!("no row for {name}"));
    let rest = &html[start..];
    &rest[..rest.find("</tr>").unwrap()]
}

#[test]
fn source_file_names_are_text_and_urls_links() {
    let (_dir, out, html) = forms_page();
    // The sibling beside/sources/fixture-000.txt exists: it is named, never linked.
    assert_has(
        &html,
        "<li><a href=\"https://example.com/docs/api\">https://example.com/docs/api</a> (official page; seed 007 named as text)</li>",
    );
    assert_has(
        &html,
        "<li>sources/fixture-000.txt and ../beside/sources/fixture-000.txt and notes/forms.md</li>",
    );
    assert_has(
        &html,
        "<span><a href=\"https://example.com/docs/api#byid\">https://example.com/docs/api#byid</a> \
         (section &#39;Get&#39;); sources/fixture-000.txt §3.1, ../beside/notes/forms.md §2</span>",
    );
    for page in ["forms.html", "index.html"] {
        let html = read(&out.join(page));
        for href in hrefs(&html) {
            assert!(
                !href.contains("fixture") && !href.contains("forms.md"),
                "{page}: {href}"
            );
            assert_link_stays_inside(page, href, &out);
        }
    }
}

#[test]
fn a_described_reference_shows_the_referenced_type() {
    let (_dir, _out, html) = forms_page();
    let id = row(section(&html, "schema-Thing"), "id");
    assert!(
        id.contains(
            "<td><a class=\"ref\" href=\"#schema-Text\">Text</a> <span class=\"rust\">→ <code>::payspec::Text</code></span></td>\
             <td><strong>required</strong></td><td></td><td><p>Id of the thing.</p>"
        ),
        "{id}"
    );
    let cart = row(section(&html, "thing_create"), "cart");
    assert!(
        cart.contains("<td><a class=\"ref\" href=\"#schema-CartText\">CartText</a>"),
        "{cart}"
    );
    assert!(cart.contains("<p>The cart as JSON text.</p>"), "{cart}");
    assert!(!html.contains("all of ("), "a one-item allOf shown as all of");
}

#[test]
fn a_null_only_branch_reads_or_null() {
    let (_dir, _out, html) = forms_page();
    let thing = section(&html, "schema-Thing");
    let note = row(thing, "note");
    assert!(
        note.contains(
            "<td><a class=\"ref\" href=\"#schema-Text\">Text</a> <span class=\"rust\">→ <code>::payspec::Text</code></span> \
             or <code>null</code></td><td></td><td>nullable</td><td><p>A note, or null.</p>"
        ),
        "{note}"
    );
    let tags = row(thing, "tags");
    assert!(
        tags.contains("<td>array of <code>string</code> or <code>null</code></td><td></td><td>nullable</td>"),
        "{tags}"
    );
    assert!(
        !html.contains("any of ("),
        "a null branch shown as a two-branch any-of"
    );
    assert!(
        !thing.contains("enum"),
        "the null-only branch's enum shown: {thing}"
    );
}

#[test]
fn a_refusal_envelope_branch_shows_both_shapes() {
    let (_dir, _out, html) = forms_page();
    let op = section(&html, "thing_byid");
    assert!(
        op.contains(
            "— schema: <span class=\"success\"><a class=\"ref\" href=\"#schema-ThingOne\">ThingOne</a> \
             <span class=\"rust\">→ <code>::payspec::Single&lt;<a href=\"#schema-Thing\">Thing</a>&gt;</code></span></span>\
             <br><span class=\"refusal\">or, on refusal (HTTP 200): <a class=\"ref\" href=\"#schema-FailEnvelope\">FailEnvelope</a>"
        ),
        "{op}"
    );
    // An ordinary 200 stays one type.
    let create = section(&html, "thing_create");
    assert!(
        create.contains("— schema: <a class=\"ref\" href=\"#schema-Thing\">Thing</a></p>"),
        "{create}"
    );
}

#[test]
fn lenient_components_show_their_shapes_and_rust_type() {
    let (_dir, _out, html) = forms_page();
    let text = section(&html, "schema-Text");
    assert!(
        text.contains("Rust (x-rust-type): <code>::payspec::Text</code>"),
        "{text}"
    );
    assert!(
        text.contains(
            "<ol class=\"shapes\"><li><code>string</code></li><li><code>number</code></li><li><code>boolean</code></li></ol>"
        ),
        "{text}"
    );
    let one = section(&html, "schema-ThingOne");
    assert!(
        one.contains(
            "Rust (x-rust-type): <code>::payspec::Single&lt;<a href=\"#schema-Thing\">Thing</a>&gt;</code>"
        ),
        "{one}"
    );
    assert!(
        one.contains(
            "<li><a class=\"ref\" href=\"#schema-Thing\">Thing</a></li><li>array of <a class=\"ref\" href=\"#schema-Thing\">Thing</a>\
             <div class=\"fact\">minItems: <code>1</code></div><div class=\"fact\">maxItems: <code>1</code></div></li>"
        ),
        "{one}"
    );
    assert!(
        one.contains("Decodes to one</span> <a class=\"ref\" href=\"#schema-Thing\">Thing</a>"),
        "{one}"
    );
    // The item type's fields are at its own schema.
    let thing = section(&html, "schema-Thing");
    for field in ["id", "note", "tags"] {
        row(thing, field);
    }
    assert_has(thing, "<p class=\"fact\">Other properties: any value.</p>");
}

#[test]
fn json_text_fields_name_their_document() {
    let (_dir, _out, html) = forms_page();
    let json_text =
        "<span class=\"json-text\">— JSON text of <a class=\"ref\" href=\"#schema-Cart\">Cart</a></span>";
    let component = section(&html, "schema-CartText");
    assert!(
        component.contains(&format!(
            "<p class=\"meta\">type: <code>string</code> {json_text}"
        )),
        "{component}"
    );
    assert!(
        !component.contains("ext-name"),
        "x-json-schema shown as a raw extension: {component}"
    );
    let op = section(&html, "thing_byid");
    for param in ["cart", "inline_cart"] {
        let row = row(op, param);
        assert!(row.contains(json_text), "{row}");
    }
    let field = row(section(&html, "thing_create"), "cart");
    assert!(field.contains(json_text), "{field}");
}

#[test]
fn named_examples_are_each_shown() {
    let (_dir, _out, html) = forms_page();
    let op = section(&html, "thing_byid");
    assert!(
        op.contains(
            "<p class=\"label example-name\">Example <code>found</code></p>\n<p>A thing as a one-element array</p>\n\
             <pre class=\"json\"><code>[\n  {\n    &quot;id&quot;: &quot;7&quot;,\n    &quot;note&quot;: null\n  }\n]</code></pre>"
        ),
        "{op}"
    );
    assert!(
        op.contains(
            "<p class=\"label example-name\">Example <code>refused</code></p>\n<p>Refusal</p>\n\
             <pre class=\"json\"><code>{\n  &quot;result&quot;: &quot;fail&quot;,\n  &quot;msg&quot;: &quot;Not found&quot;\n}</code></pre>"
        ),
        "{op}"
    );
}
