#!/usr/bin/env bash
# Compares payspec with the peer a user would otherwise pick: openapi-generator's `rust`
# generator (library `reqwest`), run on the same five specs (issue 8, part 3).
#
#   bash scripts/compare-openapi-generator.sh
#
# What it measures, all in a scratch dir under target/peer/ (git-ignored):
#   1. time to generate all five clients: openapi-generator (one CLI run per spec) vs
#      `xtask generate --check` (xtask built first, only the generate run is timed);
#   2. clean build (dev profile) of one provider crate with each tool: the generated peer crate
#      (its own Cargo project and target dir) vs `payspec-<provider>` (a fresh target dir);
#      then whether the other four peer crates compile at all (`cargo check`);
#   3. lines of code (non-blank lines of the .rs files) of each generated client;
#   4. which of our quirks each client handles out of the box: evidence grepped from the peer's
#      generated code, plus a small probe program run against the peer crate built in step 2.
#
# It prints a markdown report and writes it to target/peer/report.md.
#
# Needs: Java >= 11 (for the generator), python3 + pip (openapi-generator-cli is a PyPI
# package that bundles the jar), cargo. The generator is installed, pinned, into
# .tools/openapi-generator (git-ignored) on the first run and reused afterwards. Crates for the
# peer crate come from the default cargo registry (fetched before the timed build).
#
# Every step records its failure in the report instead of stopping the run. The script exits
# non-zero only when it cannot install or run the generator at all.
#
# Knobs: BUILD_PROVIDER (default onebox): the provider whose crates are built from scratch;
#        BUILD_RUNS (default 2): clean builds of each crate, alternating which goes first;
#        CHECK_ALL=0 skips step 2b (cargo check of the other four peer crates).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

OAG_VERSION=7.26.0
PREFIX=.tools/openapi-generator
OUT=target/peer
LOGS=$OUT/logs
REPORT=$OUT/report.md
PROVIDERS=(onebox crystalpay paykeeper invoicebox sber)
BUILD_PROVIDER=${BUILD_PROVIDER:-onebox}
CHECK_ALL=${CHECK_ALL:-1}
BUILD_RUNS=${BUILD_RUNS:-2}

mkdir -p "$LOGS"
: >"$REPORT"

say() { printf '%s\n' "$*" >&2; }
out() { printf '%s\n' "$*" >>"$REPORT"; }
now() { printf '%s' "$EPOCHREALTIME"; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
# First line of a log that looks like an error (or its last line), for the report.
first_error() {
  local line
  line=$(grep -m1 -E '^(error|ERROR|Exception|\[main\] ERROR)|error(\[E[0-9]+\])?:|Exception' "$1" 2>/dev/null || true)
  [[ -n "$line" ]] || line=$(tail -n1 "$1" 2>/dev/null || true)
  printf '%s' "${line:0:240}" | tr '|' '/'
}
# Non-blank lines of the given files.
nonblank() { if (($#)); then cat "$@" | grep -cv '^[[:space:]]*$' || true; else echo 0; fi; }

# ------------------------------------------------------------------ the generator
for tool in java python3 cargo; do
  command -v "$tool" >/dev/null || { say "compare-openapi-generator: $tool not found"; exit 1; }
done
JAVA_VERSION=$(java -version 2>&1 | head -n1)
JAVA_MAJOR=$(java -version 2>&1 | head -n1 | sed -E 's/.*version "([0-9]+)(\.([0-9]+))?.*/\1 \3/' |
  awk '{ print ($1 == 1) ? $2 : $1 }')
if [[ -z "$JAVA_MAJOR" || "$JAVA_MAJOR" -lt 11 ]]; then
  say "compare-openapi-generator: openapi-generator needs Java >= 11, found: $JAVA_VERSION"
  exit 1
fi

if [[ ! -f "$PREFIX/openapi_generator_cli/openapi-generator.jar" ||
  ! -d "$PREFIX/openapi_generator_cli-$OAG_VERSION.dist-info" ]]; then
  say "== installing openapi-generator-cli==$OAG_VERSION into $PREFIX"
  rm -rf "$PREFIX"
  python3 -m pip install --quiet --disable-pip-version-check --no-input \
    --target "$PREFIX" "openapi-generator-cli==$OAG_VERSION" ||
    { say "compare-openapi-generator: pip install failed"; exit 1; }
fi
# The package's own console entry point, without depending on the shebang pip wrote.
oag() {
  PYTHONPATH="$ROOT/$PREFIX${PYTHONPATH:+:$PYTHONPATH}" python3 -c \
    'import sys; from openapi_generator_cli import cli; sys.argv[0] = "openapi-generator-cli"; cli()' "$@"
}
OAG_REPORTED=$(oag version 2>/dev/null | tail -n1) ||
  { say "compare-openapi-generator: openapi-generator-cli does not run (java: $JAVA_VERSION)"; exit 1; }
[[ -n "$OAG_REPORTED" ]] || { say "compare-openapi-generator: openapi-generator-cli printed no version"; exit 1; }

# ------------------------------------------------------------------ machine facts
CPU=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
t0=$(now)
oag version >/dev/null 2>&1 || true
OAG_STARTUP_S=$(secs "$t0" "$(now)")
out "## payspec vs openapi-generator"
out ""
out "Reproduce: \`bash scripts/compare-openapi-generator.sh\` (about 5 minutes on 2 cores;"
out "\`BUILD_PROVIDER=<provider>\` chooses the crate built from scratch, default \`onebox\`). The"
out "script installs \`openapi-generator-cli==$OAG_VERSION\` from PyPI into \`.tools/\` and works in"
out "\`target/peer/\`; this report is \`target/peer/report.md\`."
out ""
out "- run: $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
out "- machine: $(nproc) cores, ${CPU:-unknown CPU}"
out "- $JAVA_VERSION; $(rustc --version); $(cargo --version)"
out "- openapi-generator $OAG_REPORTED (PyPI \`openapi-generator-cli==$OAG_VERSION\`), generator \`rust\`, \`library=reqwest\`"
out "- payspec: progenitor $(awk -F'"' '/^progenitor = / { print $2; exit }' Cargo.toml | tr -d '=') via \`cargo xtask generate\`"
out ""

# ------------------------------------------------------------------ 1. generation
say "== 1. generating the five clients"
declare -A GEN_S GEN_OK GEN_WARN
OAG_TOTAL=0
for p in "${PROVIDERS[@]}"; do
  rm -rf "${OUT:?}/$p"
  t0=$(now)
  if oag generate -g rust -i "specs/$p.yaml" -o "$OUT/$p" \
    --additional-properties="packageName=peer_$p,library=reqwest" >"$LOGS/generate-$p.log" 2>&1; then
    GEN_OK[$p]=ok
  else
    GEN_OK[$p]="FAILED: $(first_error "$LOGS/generate-$p.log")"
  fi
  t1=$(now)
  GEN_S[$p]=$(secs "$t0" "$t1")
  OAG_TOTAL=$(awk -v a="$OAG_TOTAL" -v b="${GEN_S[$p]}" 'BEGIN { printf "%.1f", a + b }')
  GEN_WARN[$p]=$(grep -c 'cannot be used as' "$LOGS/generate-$p.log" || true)
  say "   $p: ${GEN_S[$p]} s, ${GEN_OK[$p]}"
done

say "== 1b. xtask (build untimed, then generate --check timed)"
XTASK_BUILD_S=?
XTASK_S=?
XTASK_RESULT=""
t0=$(now)
if cargo build --quiet --locked -p xtask >"$LOGS/xtask-build.log" 2>&1; then
  XTASK_BUILD_S=$(secs "$t0" "$(now)")
  XTASK_BIN=$(cargo metadata --no-deps --format-version 1 2>/dev/null |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])' || true)/debug/xtask
  # --check does the whole generation (parse, progenitor, prettyplease, the xtask's own
  # additions) and compares instead of writing, so crates/ is never touched.
  t0=$(now)
  if "$XTASK_BIN" generate --check >"$LOGS/xtask-generate.log" 2>&1; then
    XTASK_RESULT="ok, every generated.rs up to date"
  else
    XTASK_RESULT="exit non-zero (stale generated.rs or error): $(first_error "$LOGS/xtask-generate.log")"
  fi
  XTASK_S=$(secs "$t0" "$(now)")
  # A second run: both sides' numbers above are single cold-ish runs; this one shows the noise.
  t0=$(now)
  "$XTASK_BIN" generate --check >/dev/null 2>&1 || true
  XTASK_S2=$(secs "$t0" "$(now)")
else
  XTASK_RESULT="xtask did not build: $(first_error "$LOGS/xtask-build.log")"
  XTASK_S2=?
fi

out "### 1. Time to generate all five clients"
out ""
out "| spec | openapi-generator | result | identifiers it renamed (warnings) |"
out "|---|---:|---|---:|"
for p in "${PROVIDERS[@]}"; do
  out "| \`specs/$p.yaml\` | ${GEN_S[$p]} s | ${GEN_OK[$p]} | ${GEN_WARN[$p]} |"
done
out "| **all five** | **$OAG_TOTAL s** | | |"
out ""
out "payspec, all five (\`xtask generate --check\`: the full generation, compared instead of"
out "written): **$XTASK_S s** (second run: $XTASK_S2 s); $XTASK_RESULT. Building xtask"
out "beforehand (not timed above; incremental, usually warm) took $XTASK_BUILD_S s."
ALL_OK=yes
for p in "${PROVIDERS[@]}"; do [[ "${GEN_OK[$p]}" == ok ]] || ALL_OK=no; done
out "openapi-generator's time includes one JVM start per spec (\`openapi-generator-cli version\`"
out "alone: $OAG_STARTUP_S s). It validates each spec before generating (default); every spec"
out "generated without error: $ALL_OK."
out ""
out "Renamed identifiers, from the generator's warnings: \`type\`/\`final\`/\`in\`/\`virtual\` become"
out "raw identifiers, \`status[]\` becomes \`status_left_square_bracket_right_square_bracket\`,"
out "media-type names such as \`ApplicationJson\` become \`ApplicationSlashJson\`, empty enum values"
out "become \`Variant\` (counts: $(for p in "${PROVIDERS[@]}"; do printf '%s %s; ' "$p" "${GEN_WARN[$p]}"; done | sed 's/; $//'))."
out ""

# ------------------------------------------------------------------ 2. clean builds
say "== 2. clean build of $BUILD_PROVIDER with each tool"
PEER_DIR=$OUT/$BUILD_PROVIDER
PEER_TARGET=$ROOT/$OUT/peer-target
PAYSPEC_TARGET=$ROOT/$OUT/payspec-target
PEER_FEATURES=(--no-default-features --features rustls)
PEER_BUILD="not run"
PEER_BUILD_S=?
PEER_CRATES=?
PEER_READY=no
PAYSPEC_BUILD="not run"
PAYSPEC_BUILD_S=?
PAYSPEC_CRATES=?
PAYSPEC_READY=no
# The generated crate lives inside our workspace directory, so it needs its own empty
# [workspace] table; it starts from our Cargo.lock so the dependencies both sides share
# (reqwest, serde, tokio, ...) resolve to the same versions. TLS: rustls on both sides (the
# peer's default is native-tls, payspec uses reqwest's rustls feature).
if [[ -f "$PEER_DIR/Cargo.toml" ]]; then
  grep -q '^\[workspace\]' "$PEER_DIR/Cargo.toml" || printf '\n[workspace]\n' >>"$PEER_DIR/Cargo.toml"
  cp Cargo.lock "$PEER_DIR/Cargo.lock"
  if (cd "$PEER_DIR" && cargo fetch >"$ROOT/$LOGS/peer-fetch.log" 2>&1); then
    PEER_READY=yes
  else
    PEER_BUILD="cargo fetch failed: $(first_error "$LOGS/peer-fetch.log")"
  fi
else
  PEER_BUILD="no generated crate (generation failed)"
fi
if cargo fetch --locked >"$LOGS/payspec-fetch.log" 2>&1; then
  PAYSPEC_READY=yes
else
  PAYSPEC_BUILD="cargo fetch --locked failed: $(first_error "$LOGS/payspec-fetch.log")"
fi

peer_build() { # run number
  rm -rf "$PEER_TARGET"
  local t0 log=$LOGS/peer-build-$1.log
  t0=$(now)
  if (cd "$PEER_DIR" && cargo build "${PEER_FEATURES[@]}" --target-dir "$PEER_TARGET" >"$ROOT/$log" 2>&1); then
    PEER_BUILD="ok ($(grep -c '^warning' "$log" || true) warnings)"
  else
    PEER_BUILD="FAILED: $(first_error "$log")"
  fi
  PEER_RUNS+=("$(secs "$t0" "$(now)")")
  PEER_CRATES=$(grep -c 'Compiling ' "$log" || true)
  say "   peer run $1: ${PEER_RUNS[-1]} s, $PEER_BUILD"
}
payspec_build() { # run number
  rm -rf "$PAYSPEC_TARGET"
  local t0 log=$LOGS/payspec-build-$1.log
  t0=$(now)
  if cargo build --locked -p "payspec-$BUILD_PROVIDER" --target-dir "$PAYSPEC_TARGET" >"$log" 2>&1; then
    PAYSPEC_BUILD="ok ($(grep -c '^warning' "$log" || true) warnings)"
  else
    PAYSPEC_BUILD="FAILED: $(first_error "$log")"
  fi
  PAYSPEC_RUNS+=("$(secs "$t0" "$(now)")")
  PAYSPEC_CRATES=$(grep -c 'Compiling ' "$log" || true)
  say "   payspec run $1: ${PAYSPEC_RUNS[-1]} s, $PAYSPEC_BUILD"
}
# BUILD_RUNS clean builds of each, alternating which goes first (the machine is shared).
PEER_RUNS=()
PAYSPEC_RUNS=()
for ((run = 1; run <= BUILD_RUNS; run++)); do
  if ((run % 2)); then order=(peer payspec); else order=(payspec peer); fi
  for side in "${order[@]}"; do
    if [[ $side == peer && $PEER_READY == yes ]]; then peer_build "$run"; fi
    if [[ $side == payspec && $PAYSPEC_READY == yes ]]; then payspec_build "$run"; fi
  done
done
runs_summary() { # values...
  (($#)) || { echo "?"; return; }
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "**%s s**", v[1]; if (NR > 1) { printf " (runs:"; for (i = 1; i <= NR; i++) printf " %s", v[i]; printf ")" } }'
}
PEER_BUILD_S=$(runs_summary "${PEER_RUNS[@]}")
PAYSPEC_BUILD_S=$(runs_summary "${PAYSPEC_RUNS[@]}")

# The provider crate's own share: `cargo clean -p` it and build again (dependencies stay built).
own_rebuild() { # dir-for-cargo, target-dir, package, cargo args...
  local dir=$1 target=$2 pkg=$3 t0
  shift 3
  (cd "$dir" && cargo clean --quiet -p "$pkg" --target-dir "$target" >/dev/null 2>&1) || true
  t0=$(now)
  if (cd "$dir" && cargo build "$@" --target-dir "$target" >/dev/null 2>&1); then secs "$t0" "$(now)"; else echo "failed"; fi
}
PEER_OWN=?
PAYSPEC_OWN=?
if [[ "$PEER_BUILD" == ok* ]]; then
  PEER_OWN=$(own_rebuild "$PEER_DIR" "$PEER_TARGET" "peer_$BUILD_PROVIDER" "${PEER_FEATURES[@]}")
fi
if [[ "$PAYSPEC_BUILD" == ok* ]]; then
  PAYSPEC_OWN=$(own_rebuild "$ROOT" "$PAYSPEC_TARGET" "payspec-$BUILD_PROVIDER" --locked -p "payspec-$BUILD_PROVIDER")
fi

out "### 2. Clean build of one provider crate ($BUILD_PROVIDER, dev profile)"
out ""
out "| client | crates compiled | clean build (fastest of $BUILD_RUNS) | rebuild of the provider crate alone (\`cargo clean -p\`, then build) | result |"
out "|---|---:|---:|---:|---|"
out "| openapi-generator \`peer_$BUILD_PROVIDER\` | $PEER_CRATES | $PEER_BUILD_S | $PEER_OWN s | $PEER_BUILD |"
out "| payspec \`payspec-$BUILD_PROVIDER\` (with \`payspec\`) | $PAYSPEC_CRATES | $PAYSPEC_BUILD_S | $PAYSPEC_OWN s | $PAYSPEC_BUILD |"
out ""
out "Each run from an empty target dir after \`cargo fetch\` (downloads not timed); both use reqwest"
out "0.13 with rustls (the peer is built with \`--no-default-features --features rustls\`; its"
out "default is native-tls) and start from our \`Cargo.lock\`, so shared dependencies are the same"
out "versions. The peer crate needs one edit to build here: an empty \`[workspace]\` table, because"
out "it sits inside our workspace directory."
out ""

if [[ "$CHECK_ALL" == 1 ]]; then
  say "== 2b. do the other peer crates compile? (cargo check)"
  out "Do the other generated peer crates compile (\`cargo check\`, same target dir, same Cargo.lock start)?"
  out ""
  out "| peer crate | cargo check | time | first error |"
  out "|---|---|---:|---|"
  for p in "${PROVIDERS[@]}"; do
    [[ "$p" == "$BUILD_PROVIDER" ]] && continue
    if [[ ! -f "$OUT/$p/Cargo.toml" ]]; then
      out "| \`peer_$p\` | not generated | | |"
      continue
    fi
    grep -q '^\[workspace\]' "$OUT/$p/Cargo.toml" || printf '\n[workspace]\n' >>"$OUT/$p/Cargo.toml"
    cp Cargo.lock "$OUT/$p/Cargo.lock"
    check_peer() { (cd "$OUT/$p" && cargo check --no-default-features --features rustls --target-dir "$PEER_TARGET" >"$ROOT/$LOGS/peer-check-$p.log" 2>&1); }
    t0=$(now)
    if check_peer; then
      out "| \`peer_$p\` | ok ($(grep -c '^warning' "$LOGS/peer-check-$p.log" || true) warnings) | $(secs "$t0" "$(now)") s | |"
    else
      first=$(first_error "$LOGS/peer-check-$p.log")
      crate_version=$(grep -m1 '^version = ' "$OUT/$p/Cargo.toml" | tr '|' '/' || true)
      if grep -q 'version number' "$LOGS/peer-check-$p.log"; then
        # The generator copies info.version into Cargo.toml; cargo wants semver. Patch it and
        # see whether the Rust code itself compiles.
        cp "$LOGS/peer-check-$p.log" "$LOGS/peer-check-$p.as-generated.log"
        sed -i '0,/^version = .*/s//version = "0.0.0"/' "$OUT/$p/Cargo.toml"
        t0=$(now)
        if check_peer; then
          again="with \`version = \"0.0.0\"\` patched in: ok, $(secs "$t0" "$(now)") s"
        else
          again="with the version patched: still fails: $(first_error "$LOGS/peer-check-$p.log")"
        fi
        out "| \`peer_$p\` | **fails as generated**; $again | | Cargo.toml \`$crate_version\` (from \`info.version\`): $first |"
      else
        out "| \`peer_$p\` | **fails** ($(grep -c '^error' "$LOGS/peer-check-$p.log" || true) errors) | $(secs "$t0" "$(now)") s | $first |"
      fi
    fi
  done
  out ""
  out "(The first of these checks also checks the shared dependencies, so its time is not the crate's own.)"
  out ""
fi

# ------------------------------------------------------------------ 3. lines of code
say "== 3. lines of code"
out "### 3. Lines of code (non-blank lines of .rs files)"
out ""
out "| provider | openapi-generator: files | openapi-generator: lines | payspec \`generated.rs\` | payspec hand-written \`lib.rs\` |"
out "|---|---:|---:|---:|---:|"
PEER_SUM=0
GEN_SUM=0
LIB_SUM=0
for p in "${PROVIDERS[@]}"; do
  mapfile -t files < <(find "$OUT/$p/src" -name '*.rs' 2>/dev/null | sort)
  peer=$(nonblank "${files[@]}")
  gen=$(nonblank "crates/$p/src/generated.rs")
  lib=$(nonblank "crates/$p/src/lib.rs")
  PEER_SUM=$((PEER_SUM + peer))
  GEN_SUM=$((GEN_SUM + gen))
  LIB_SUM=$((LIB_SUM + lib))
  out "| $p | ${#files[@]} | $peer | $gen | $lib |"
done
SHARED=$(nonblank crates/payspec/src/*.rs)
out "| **total** | | **$PEER_SUM** | **$GEN_SUM** | **$LIB_SUM** |"
out ""
out "Shared hand-written facade \`crates/payspec/src\` (credentials, hooks, errors, lenient types,"
out "webhooks, paging; counted once): $SHARED lines. payspec in all: $((GEN_SUM + LIB_SUM + SHARED)) lines."
PEER_HEADER=$(cat "$OUT"/*/src/models/*.rs "$OUT"/*/src/apis/*.rs 2>/dev/null | grep -c '^ \* ' || true)
out "The peer's count includes a licence-style header per file that repeats the spec's"
out "\`info.description\` ($PEER_HEADER header lines in all); its \`docs/*.md\` are not counted."
out "payspec's \`generated.rs\` carries the spec's descriptions as doc comments, the per-operation"
out "builders, \`IntoFuture\` impls and the tables the xtask adds (idempotency, signatures, paging)."
out ""

# ------------------------------------------------------------------ 4. quirks
say "== 4. quirk probes"
# Static evidence from the peer's generated code.
ev_login=$(grep -c 'configuration.api_key' "$OUT/onebox/src/apis/payments_api.rs" 2>/dev/null || true)
ev_apikey_fields=$(grep -cE '^\s*pub api_key' "$OUT/onebox/src/apis/configuration.rs" 2>/dev/null || true)
ev_auth_login=$(grep -lE 'pub auth_(login|secret)' "$OUT"/crystalpay/src/models/*.rs 2>/dev/null | wc -l || true)
ev_me_info_body=$(sed -n '/pub async fn me_info/,/^}/p' "$OUT/crystalpay/src/apis/me_api.rs" 2>/dev/null | grep -c '\.json(' || true)
ev_form=$(sed -n '/pub async fn invoice_preview/,/^}/p' "$OUT/paykeeper/src/apis/invoices_api.rs" 2>/dev/null | grep -c 'req_builder.form(' || true)
ev_token_field=$(grep -c 'insert("token"' "$OUT"/paykeeper/src/apis/*.rs 2>/dev/null | awk -F: '{ s += $NF } END { print s + 0 }' || true)
ev_token_ret=$(grep -oE 'pub async fn token_get\([^)]*\) -> Result<[^,]+' "$OUT/paykeeper/src/apis/security_api.rs" 2>/dev/null | sed -E 's/.*Result<//' || true)
ev_multi=$(sed -n '/pub async fn invoice_list(/,/^}/p' "$OUT/paykeeper/src/apis/invoices_api.rs" 2>/dev/null | grep -c '("status\[\]".to_owned()' || true)
ev_amount_onebox=$(grep -A1 'rename = "amount"' "$OUT/onebox/src/models/payment.rs" 2>/dev/null | grep -oE 'pub amount: .*' | sed 's/,$//' || true)
ev_amount_crystal=$(grep -A1 'rename = "amount"' "$OUT/crystalpay/src/models/invoice_create_request.rs" 2>/dev/null | grep -oE 'pub amount: .*' | sed 's/,$//' || true)
ev_flag=$(grep -oE 'Serialize_repr, Deserialize_repr' "$OUT/onebox/src/models/flag.rs" 2>/dev/null | head -n1 || true)
ev_success_branch=$(grep -c '!status.is_client_error() && !status.is_server_error()' "$OUT/onebox/src/apis/payments_api.rs" 2>/dev/null || true)
ev_verify=$(grep -rlE 'fn verify|sha1::|Sha1|hmac::|Hmac<|md5::' "${PROVIDERS[@]/#/$OUT/}" --include='*.rs' 2>/dev/null | wc -l || true)
ev_notif_models=$(ls "$OUT"/crystalpay/src/models/invoice_callback.rs "$OUT"/paykeeper/src/models/payment_notification.rs "$OUT"/invoicebox/src/models/order_notification.rs 2>/dev/null | wc -l || true)

# Runtime probe against the peer crate built in step 2 (only when the provider is onebox).
PROBE="not run"
if [[ "$BUILD_PROVIDER" == onebox && "$PEER_BUILD" == ok* ]]; then
  mkdir -p "$PEER_DIR/examples"
  grep -q '^\[dev-dependencies\]' "$PEER_DIR/Cargo.toml" ||
    printf '\n[dev-dependencies]\ntokio = { version = "1", features = ["rt", "net", "time"] }\n' >>"$PEER_DIR/Cargo.toml"
  cat >"$PEER_DIR/examples/quirks.rs" <<'RUST'
//! What the openapi-generator client does with OneBox's quirks (written by
//! scripts/compare-openapi-generator.sh). A one-shot HTTP server on loopback records the request
//! line and answers with OneBox's HTTP-200 error envelope.
use peer_onebox::apis::configuration::{ApiKey, Configuration};
use peer_onebox::apis::payments_api;
use peer_onebox::models;
use std::io::{Read, Write};

fn main() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let server = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut buf = vec![0u8; 16384];
        let n = stream.read(&mut buf).unwrap();
        let request = String::from_utf8_lossy(&buf[..n]).into_owned();
        let body = r#"{"status":"fail","message":"Bad user level!"}"#;
        write!(
            stream,
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{}",
            body.len(),
            body
        )
        .unwrap();
        request.lines().next().unwrap_or_default().to_owned()
    });
    let mut conf = Configuration::new();
    conf.base_path = format!("http://{addr}");
    // One api_key slot for the two query credentials `login` and `password`.
    conf.api_key = Some(ApiKey { prefix: None, key: "THE-ONLY-KEY".to_owned() });
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let result = rt.block_on(payments_api::payment_delete(&conf, Some(3), None));
    let line = server.join().unwrap();
    println!("request_line\t{line}");
    match result {
        Ok(v) => println!("fail_envelope\tOk({v:?})"),
        Err(e) => println!("fail_envelope\tErr({e})"),
    }
    for (what, json) in [
        ("amount_string", r#"{"amount":"1205.98"}"#),
        ("amount_number", r#"{"amount":1205.98}"#),
        ("id_number", r#"{"id":7}"#),
    ] {
        match serde_json::from_str::<models::Payment>(json) {
            Ok(_) => println!("{what}\tdecodes"),
            Err(e) => println!("{what}\tfails: {e}"),
        }
    }
    for (what, json) in [("flag_number", "1"), ("flag_string", r#""1""#), ("flag_bool", "true")] {
        match serde_json::from_str::<models::Flag>(json) {
            Ok(v) => println!("{what}\tdecodes as {v:?}"),
            Err(e) => println!("{what}\tfails: {e}"),
        }
    }
}
RUST
  if (cd "$PEER_DIR" && cargo run --quiet "${PEER_FEATURES[@]}" --target-dir "$PEER_TARGET" --example quirks >"$ROOT/$LOGS/probe.out" 2>"$ROOT/$LOGS/probe.err"); then
    PROBE=ok
  else
    PROBE="FAILED: $(first_error "$LOGS/probe.err")"
  fi
fi
probe() { awk -F'\t' -v k="$1" '$1 == k { print $2; exit }' "$LOGS/probe.out" 2>/dev/null | tr '|' '/' | cut -c1-200; }
P_LINE=$(probe request_line)
P_ENV=$(probe fail_envelope)
P_STR=$(probe amount_string)
P_NUM=$(probe amount_number)
P_ID=$(probe id_number)
P_FLAG_N=$(probe flag_number)
P_FLAG_S=$(probe flag_string)
P_FLAG_B=$(probe flag_bool)

verdict() { case "$1" in yes) echo "**yes**" ;; partial) echo "partial" ;; no-probe) echo "**no** (from the code; probe not run)" ;; *) echo "**no**" ;; esac; }
q_query=no
[[ "$ev_apikey_fields" -gt 1 ]] && q_query=yes
q_body=no
[[ "$ev_auth_login" -gt 0 ]] && q_body=yes
q_form=no
[[ "$ev_form" -gt 0 ]] && q_form=partial
[[ "$ev_form" -gt 0 && "$ev_token_field" -gt 0 ]] && q_form=yes
q_status=no
[[ "$ev_multi" -gt 0 ]] && q_status=yes
q_webhook=no
[[ "$ev_verify" -gt 0 ]] && q_webhook=partial
q_numbers=no
[[ "$P_NUM" == decodes* && "$P_FLAG_S" == decodes* ]] && q_numbers=yes
[[ -z "$P_NUM" ]] && q_numbers=no-probe
q_envelope=no
[[ "$P_ENV" == Err* ]] && q_envelope=partial

out "### 4. Our quirks, out of the box"
out ""
out "Peer evidence is from the generated code in \`target/peer/<provider>/src\` and, for OneBox, a"
out "probe program (\`target/peer/onebox/examples/quirks.rs\`, written by the script; result: $PROBE)"
out "that calls the peer client against a one-shot loopback server."
out ""
out "| quirk | openapi-generator \`rust\` (reqwest) | payspec |"
out "|---|---|---|"
out "| query credentials (OneBox \`login\` + md5 \`password\` on every call; two \`apiKey\`-in-query schemes) | $(verdict $q_query): \`Configuration\` has one \`api_key\` slot ($ev_apikey_fields field) and every operation copies it into **both** query keys ($ev_login uses in \`payments_api.rs\`), so login and password cannot differ; probe request line: \`${P_LINE:-?}\`. No md5. | yes: \`Credentials::from_password\` / \`from_md5_hex\`, added to every URL by \`payspec::auth::set_query_pairs\` in the \`pre\` hook (\`crates/onebox/src/lib.rs\`); tested in \`tests/tests/onebox.rs\` |"
out "| body credentials (CrystalPay \`auth_login\` / \`auth_secret\` in every JSON body; root \`x-auth\`, no OpenAPI scheme can say it) | $(verdict $q_body): no request model has the fields ($ev_auth_login model files with \`pub auth_login\`/\`auth_secret\`); operations without a request body (\`me_info\`) send no body at all ($ev_me_info_body \`.json(\` calls). The caller cannot add them without editing the generated models. Signatures (\`x-signature\`) likewise absent. | yes: \`payspec::auth::merge_json_body\` merges both (and the sha1 \`signature\` from the generated \`SIGNATURES\` table) into every body (\`crates/crystalpay/src/lib.rs\`) |"
out "| form POST with token (PayKeeper: form-urlencoded bodies carrying the \`token\` from \`/info/settings/token/\`) | $(verdict $q_form): \`invoice_preview\` sends \`application/x-www-form-urlencoded\` ($ev_form \`req_builder.form(\` call) and Basic auth, but no operation has a \`token\` field ($ev_token_field inserts of \`\"token\"\`), and \`token_get\` returns \`${ev_token_ret:-?}\`: the caller can fetch a token but cannot send it. No caching or refresh. | yes: \`payspec::auth::SessionToken\` fetches it lazily, caches it, \`set_form_field\` appends it to every POST, refreshed and retried once on \"Токен безопасности не верен.\" (\`crates/paykeeper/src/lib.rs\`) |"
out "| \`status[]\` arrays (PayKeeper repeated \`status[]=\` keys) | $(verdict $q_status): \`invoice_list\` sends one \`(\"status[]\", v)\` pair per value ($ev_multi match), keys percent-encoded as \`status%5B%5D\` (PHP decodes them alike); the parameter is named \`status_left_square_bracket_right_square_bracket\`. | yes: progenitor sends arrays as repeated keys; \`.status(vec![..])\` on the builder; the seed URLs are replayed in \`tests/tests/paykeeper.rs\` |"
out "| numbers as strings (\`\"1205.98\"\` or \`1205.98\`, \`7\` or \`\"7\"\`, flags \`1\`/\`\"1\"\`/\`true\`) | $(verdict $q_numbers): the lenient components become plain types: OneBox \`Payment\` has \`${ev_amount_onebox:-?}\`; CrystalPay request \`${ev_amount_crystal:-?}\` (a float: digits not exact); \`Flag\` is a \`$ev_flag\` enum. Probe: amount \`\"1205.98\"\` ${P_STR:-?}; amount \`1205.98\` ${P_NUM:-?}; id \`7\` ${P_ID:-?}; flag \`1\` ${P_FLAG_N:-?}; flag \`\"1\"\` ${P_FLAG_S:-?}; flag \`true\` ${P_FLAG_B:-?}. One such field fails the whole response. | yes: \`x-rust-type\` swaps in \`payspec::Decimal\`, \`DecimalNumber\`, \`Int\`, \`Text\`, \`Flag\`, \`LenientList\`, \`LenientMap\` (\`crates/payspec/src/decimal.rs\`, \`lenient.rs\`; table in \`specs/CONVENTIONS.md\`) |"
out "| HTTP-200 error envelopes (\`{\"status\":\"fail\"}\`, \`{\"result\":\"fail\"}\`, \`{\"error\":true}\`) | $(verdict $q_envelope): any non-4xx/5xx status is decoded as the success type ($ev_success_branch such branches in \`payments_api.rs\`); \`x-error-envelope\` is ignored. Probe, OneBox \`payment_delete\` answered \`{\"status\":\"fail\",\"message\":\"Bad user level!\"}\`: \`${P_ENV:-?}\`. With all-optional success schemas a refusal is an \`Ok\`. | yes: root \`x-error-envelope\`; \`payspec::hooks::post\` recognises the envelope before decoding and returns \`Error::Provider\` / \`Error::Authentication\` (README \"When things go wrong\") |"
out "| webhook verification (CrystalPay sha1, PayKeeper md5 \`key\`, Invoicebox HMAC \`X-Signature\`) | $(verdict $q_webhook): $ev_verify generated files mention any hash or verify function; the payload schemas are generated as plain models ($ev_notif_models of 3: \`InvoiceCallback\`, \`PaymentNotification\`, \`OrderNotification\`), nothing checks a signature or builds the reply. | yes: \`payspec::webhook\` (constant-time compare), exposed as \`payspec_crystalpay::verify_callback\`, \`payspec_paykeeper::verify_notification\` (with the \`reply\`), \`payspec_invoicebox::verify_notification\`; fuzzed (\`fuzz/\`) |"
out ""
out "What the peer does get right out of the box: HTTP Basic (PayKeeper) and bearer tokens"
out "(Invoicebox, Sber) through \`Configuration.basic_auth\` / \`bearer_access_token\`, and secrets"
out "redacted in \`Configuration\`'s \`Debug\`."
out ""
out "Timings are single wall-clock runs and noisy: load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')."

cat "$REPORT"
