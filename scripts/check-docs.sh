#!/usr/bin/env bash
# Renders the offline spec reference (`cargo xtask docs`) and opens it in headless Chromium:
# the pages must load from file:// on their own and the rendered DOM must show what the specs say.
# Nothing in the output may point outside it: every href= / src= of every page's DOM is an
# http(s):// URL, a #fragment of an element on that page, or a file inside the output folder.
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

# section_of PAGE ID: the DOM of the <section> with that id (operations and schemas hold no
# nested section), on stdout.
section_of() {
  local page="$1" id="$2"
  sed -n "/<section class=\"[a-z-]*\" id=\"$id\">/,/<\/section>/p" "$work/$page.dom"
}

# op_shows_fields OP FIELD...: on $page, operation OP's 200 answer shows the success type and,
# "on refusal (HTTP 200)", the envelope; the success type leads (itself, or through the item
# type of its Single/LenientList facade) to a schema whose properties table has every FIELD.
op_shows_fields() {
  local op="$1" sec schema item target tsec field
  shift
  sec="$(section_of "$page" "$op")"
  [ -n "$sec" ] || fail "$page: no operation section $op"
  grep -qF 'on refusal (HTTP 200):' <<<"$sec" ||
    fail "$page: $op does not show the refusal envelope beside its success type"
  schema="$(sed -n '/<h4>Responses<\/h4>/,$p' <<<"$sec" |
    grep -oE 'schema: (<span class="success">)?<a class="ref" href="#schema-[^"]+"' | head -n1 |
    sed -E 's/.*href="#schema-([^"]+)"$/\1/' || true)"
  [ -n "$schema" ] || fail "$page: $op names no schema for its answer"
  target="$schema"
  item="$(section_of "$page" "schema-$schema" | grep -F 'class="item-type"' |
    grep -oE 'href="#schema-[^"]+"' | head -n1 | sed -E 's/href="#schema-([^"]+)"/\1/' || true)"
  if [ -n "$item" ]; then
    target="$item"
    grep -qF "href=\"#schema-$target\"" <<<"$sec" ||
      fail "$page: $op does not link $target, the item type of its answer $schema"
  fi
  tsec="$(section_of "$page" "schema-$target")"
  [ -n "$tsec" ] || fail "$page: $op answers $target, which has no schema section"
  grep -qF '<table class="props">' <<<"$tsec" || fail "$page: schema $target ($op) lists no fields"
  for field in "$@"; do
    grep -qF "<code class=\"prop\">$field</code>" <<<"$tsec" ||
      fail "$page: schema $target ($op) does not show the field $field"
  done
  echo "   $op: $schema -> $target shows ${*}"
}

# check_links PAGE: every href= / src= of the DOM is http(s)://, a #fragment of an element of
# the page, or a relative file that exists inside the output folder.
check_links() {
  local page="$1" link path missing n=0
  { grep -oE '[[:space:]](id|name)="[^"]*"' "$work/$page.dom" || true; } |
    sed -E 's/^[[:space:]](id|name)="//; s/"$//' | sort -u >"$work/$page.ids"
  : >"$work/$page.fragments"
  while IFS= read -r link; do
    n=$((n + 1))
    case "$link" in
    http://* | https://*) continue ;;
    '#'*)
      printf '%s\n' "${link#\#}" >>"$work/$page.fragments"
      continue
      ;;
    esac
    path="${link%%#*}"
    path="${path%%\?*}"
    case "$path" in
    '' | /* | *:* | .. | ../* | */../* | */.. | ./* | */./*)
      fail "$page: link $link leaves the output folder (allowed: http(s)://, #fragment, a file in $out)"
      ;;
    esac
    [ -f "$out/$path" ] || fail "$page: link $link names no file inside $out"
  done < <(grep -oE '[[:space:]](href|src|srcset|action|formaction|poster)="[^"]*"' "$work/$page.dom" |
    sed -E 's/^[[:space:]][a-z]+="//; s/"$//; s/&amp;/\&/g')
  missing="$(sort -u "$work/$page.fragments" | comm -23 - "$work/$page.ids" | head -n3)"
  [ -z "$missing" ] || fail "$page: links to #$(echo $missing | sed 's/ / #/g'), which no element has"
  echo "   $page: $n links, all inside the output or http(s)"
}

# --- paykeeper.html: one operation in detail ---------------------------------------------
page=paykeeper.html
echo "== chromium: $page"
dom_of "$page" >/dev/null
check_links "$page"
expect "$page" "charset declaration" '<meta charset="utf-8">'
expect "$page" "page title" '<h1>PayKeeper JSON API</h1>'
expect "$page" "invoice_list operation anchor" '<section class="op" id="invoice_list">'
expect "$page" "invoice_list heading" '<h3><span class="method get">GET</span> <code class="path">/info/invoice/list/</code> <a class="opid" href="#invoice_list">invoice_list</a></h3>'
expect "$page" "invoice_list summary" '<p class="summary">Invoice history for a period</p>'
expect "$page" "invoice_list entry in the table of contents" '<a href="#invoice_list"><span class="method get">GET</span> invoice_list</a>'
expect "$page" "status[] parameter" '<td><code class="param">status[]</code></td><td>query</td><td>optional</td><td>array of <a class="ref" href="#schema-InvoiceStatus">InvoiceStatus</a>'
expect "$page" "InvoiceStatus schema anchor" '<section class="schema" id="schema-InvoiceStatus">'
expect "$page" "open-enum marker" '<span class="badge open"'
expect "$page" "root x-source link to the official docs" '<a href="https://docs.paykeeper.ru/dokumentatsiya-json-api/">https://docs.paykeeper.ru/dokumentatsiya-json-api/</a>'
expect "$page" "x-auth table" '<h3 id="sec-x-auth">Credentials the client adds (x-auth)</h3>'
expect "$page" "x-error-envelope link" '<a class="ref" href="#schema-FailEnvelope">FailEnvelope</a>'
expect "$page" "Cyrillic example text decoded as UTF-8" 'Эквайринг банковских карт'
expect "$page" "escaped example URL" '/info/invoice/list/?status[]=paid&amp;start_date=2014-04-15'
expect_not "$page" "a script element" '<script'
expect_not "$page" "an external stylesheet" '<link'

# Lookups that answer one object (a Single<T> facade, or the object itself) and may be refused
# with the error envelope at HTTP 200: the operation shows both shapes and links the object's
# schema, whose section lists its fields.
op_shows_fields invoice_byid id status pay_amount
op_shows_fields payment_byid id status pay_amount
op_shows_fields token_get token

# The JSON carried inside the `service_name` form field: the field names its schema, whose
# section lists the receipt cart.
expect "$page" "service_name as JSON text of InvoiceServiceName" '<span class="json-text">— JSON text of <a class="ref" href="#schema-InvoiceServiceName">InvoiceServiceName</a></span>'
expect "$page" "InvoiceServiceName schema section" '<section class="schema" id="schema-InvoiceServiceName">'
expect "$page" "the cart of InvoiceServiceName" '<td><code class="prop">cart</code></td><td>array of <a class="ref" href="#schema-CartItem">CartItem</a></td>'
expect "$page" "refund_cart as JSON text of RefundCart" '<span class="json-text">— JSON text of <a class="ref" href="#schema-RefundCart">RefundCart</a></span>'

# --- index.html: every provider ------------------------------------------------------------
page=index.html
echo "== chromium: $page"
dom_of "$page" >/dev/null
check_links "$page"
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
  check_links "$page"
  expect "$page" "operations section" '<section id="sec-operations">'
  expect "$page" "schemas section" '<section id="sec-schemas">'
  expect_not "$page" "a script element" '<script'
done

echo "== check-docs: all checks passed ($providers providers, $out)"
