#!/usr/bin/env bash
# Renders the offline spec reference (`cargo xtask docs`) and opens it in headless Chromium:
# the pages must load from file:// on their own and the rendered DOM must show what the specs say.
#
#   scripts/check-docs.sh [OUT_DIR]      (default: target/spec-docs)
#
# Installs Chromium with apt-get when it is missing (Debian, as root). Exits non-zero with a
# "check-docs: FAIL: ..." line naming the page and the missing content.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  echo "check-docs: FAIL: $*" >&2
  exit 1
}

out="${1:-target/spec-docs}"
echo "== cargo xtask docs --out $out"
cargo xtask docs --out "$out" || fail "cargo xtask docs failed (see above)"
out="$(cd "$out" && pwd)"

chromium="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$chromium" ]; then
  echo "== installing chromium (apt-get)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) ||
    fail "chromium is missing and apt-get could not install it"
  chromium="$(command -v chromium)" || fail "apt-get installed chromium but it is not on PATH"
fi
echo "== $("$chromium" --version 2>/dev/null || echo chromium)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The DOM of a rendered page, after Chromium has parsed it, on stdout.
dom_of() {
  local page="$1" profile
  [ -f "$out/$page" ] || fail "$out/$page was not written"
  profile="$(mktemp -d -p "$work")"
  if ! timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --dump-dom "file://$out/$page" >"$work/$page.dom" 2>"$work/$page.log"; then
    cat "$work/$page.log" >&2
    fail "chromium could not render file://$out/$page"
  fi
  [ -s "$work/$page.dom" ] || { cat "$work/$page.log" >&2; fail "chromium rendered an empty DOM for $page"; }
  cat "$work/$page.dom"
}

# expect PAGE WHAT FIXED-STRING: the page's DOM contains the string.
expect() {
  local page="$1" what="$2" needle="$3"
  grep -qF -- "$needle" "$work/$page.dom" ||
    fail "$page: the rendered DOM has no $what (looked for: $needle)"
}

# expect_not PAGE WHAT FIXED-STRING
expect_not() {
  local page="$1" what="$2" needle="$3"
  if grep -qF -- "$needle" "$work/$page.dom"; then
    fail "$page: the rendered DOM has $what (found: $needle)"
  fi
}

# --- paykeeper.html: one operation in detail ---------------------------------------------
page=paykeeper.html
echo "== chromium: $page"
dom_of "$page" >/dev/null
expect "$page" "charset declaration" '<meta charset="utf-8">'
expect "$page" "page title" '<h1>PayKeeper JSON API</h1>'
expect "$page" "invoice_list operation anchor" '<section class="op" id="invoice_list">'
expect "$page" "invoice_list heading" '<h3><span class="method get">GET</span> <code class="path">/info/invoice/list/</code> <a class="opid" href="#invoice_list">invoice_list</a></h3>'
expect "$page" "invoice_list summary" '<p class="summary">Invoice history for a period</p>'
expect "$page" "invoice_list entry in the table of contents" '<a href="#invoice_list"><span class="method get">GET</span> invoice_list</a>'
expect "$page" "status[] parameter" '<td><code class="param">status[]</code></td><td>query</td><td>optional</td><td>array of <a class="ref" href="#schema-InvoiceStatus">InvoiceStatus</a>'
expect "$page" "InvoiceStatus schema anchor" '<section class="schema" id="schema-InvoiceStatus">'
expect "$page" "open-enum marker" '<span class="badge open"'
expect "$page" "x-source link to the seed file" '002_7de4fb16d78ae602.txt">seeds/002_7de4fb16d78ae602.txt</a>'
expect "$page" "x-source link to the reference file" 'reference/paykeeper.md">reference/paykeeper.md</a>'
expect "$page" "root x-source link to the official docs" '<a href="https://docs.paykeeper.ru/dokumentatsiya-json-api/">https://docs.paykeeper.ru/dokumentatsiya-json-api/</a>'
expect "$page" "x-auth table" '<h3 id="sec-x-auth">Credentials the client adds (x-auth)</h3>'
expect "$page" "x-error-envelope link" '<a class="ref" href="#schema-FailEnvelope">FailEnvelope</a>'
expect "$page" "Cyrillic example text decoded as UTF-8" 'Эквайринг банковских карт'
expect "$page" "escaped example URL" '/info/invoice/list/?status[]=paid&amp;start_date=2014-04-15'
expect_not "$page" "a script element" '<script'
expect_not "$page" "an external stylesheet" '<link'

# The seed link must lead to the file, relative to the page.
href="$(grep -oE 'href="[^"]*/seeds/002_7de4fb16d78ae602\.txt"' "$work/$page.dom" | head -n1 | sed -e 's/^href="//' -e 's/"$//')"
[ -n "$href" ] || fail "$page: no href to seeds/002_7de4fb16d78ae602.txt"
[ -f "$out/$href" ] || fail "$page: the x-source link $href does not lead to a file from $out"

# --- index.html: every provider ------------------------------------------------------------
page=index.html
echo "== chromium: $page"
dom_of "$page" >/dev/null
providers=0
for spec in specs/*.yaml; do
  name="$(basename "$spec" .yaml)"
  expect "$page" "link to provider $name" "<a href=\"$name.html\">$name</a>"
  providers=$((providers + 1))
done
[ "$providers" -ge 5 ] || fail "expected at least five specs in specs/, found $providers"
rows="$(grep -o '<tr id="provider-' "$work/$page.dom" | wc -l)"
[ "$rows" -eq "$providers" ] || fail "$page: $rows provider rows for $providers specs"

# --- every provider page loads completely ------------------------------------------------------
for spec in specs/*.yaml; do
  page="$(basename "$spec" .yaml).html"
  [ "$page" = paykeeper.html ] && continue
  echo "== chromium: $page"
  dom_of "$page" >/dev/null
  expect "$page" "operations section" '<section id="sec-operations">'
  expect "$page" "schemas section" '<section id="sec-schemas">'
  expect_not "$page" "a script element" '<script'
done

echo "== check-docs: all checks passed ($providers providers, $out)"
