#!/usr/bin/env bash
# Judges every spec (specs/*.yaml, or the files given as arguments) with third-party OpenAPI
# tools, so that what a reader sees in any tool is what the Rust client speaks:
#
# - openapi-spec-validator (PyPI): the document is valid OpenAPI 3.0.3;
# - openapi-examples-validator (npm): every example is valid against its own schema;
# - Redocly CLI `lint` (npm), with its `recommended` rules (redocly.yaml says which rules are off
#   and why); any error fails, and so does any `no-invalid-media-type-examples`,
#   `no-invalid-schema-examples` or `spec-ref-siblings` warning;
# - Spectral (npm, ruleset .spectral.yaml): any error fails.
#
# The tools are pinned and installed on the first run into .tools/ (git-ignored): the npm ones
# into .tools/npm, the Python one into a virtual environment in .tools/py. Needs Node >= 18 with
# npm, and Python >= 3.9 with venv.
set -euo pipefail
cd "$(dirname "$0")/.."

SPECTRAL=@stoplight/spectral-cli@6.16.3
EXAMPLES=openapi-examples-validator@7.1.0
REDOCLY=@redocly/cli@2.77.0
SPEC_VALIDATOR=openapi-spec-validator==0.9.0

NPM_PREFIX=.tools/npm
PY_ENV=.tools/py
BIN="$NPM_PREFIX/node_modules/.bin"

for tool in node npm python3; do
  command -v "$tool" >/dev/null || { echo "openapi-lint: needs Node.js >= 18, npm and Python 3 ($tool not found)" >&2; exit 1; }
done

# The version of an installed npm package, or nothing.
npm_version() {
  node -p "require('./$NPM_PREFIX/node_modules/$1/package.json').version" 2>/dev/null || true
}

wanted_npm=("$SPECTRAL" "$EXAMPLES" "$REDOCLY")
missing=0
for pkg in "${wanted_npm[@]}"; do
  [[ "$(npm_version "${pkg%@*}")" == "${pkg##*@}" ]] || missing=1
done
if [[ $missing == 1 ]]; then
  echo "== installing ${wanted_npm[*]} into $NPM_PREFIX"
  mkdir -p "$NPM_PREFIX"
  # One install of all of them: npm --no-save prunes what a later install does not name.
  npm install --prefix "$NPM_PREFIX" --no-audit --no-fund --no-save --loglevel=error "${wanted_npm[@]}"
fi

if [[ "$("$PY_ENV/bin/pip" freeze 2>/dev/null | grep -i '^openapi-spec-validator==')" != "$SPEC_VALIDATOR" ]]; then
  echo "== installing $SPEC_VALIDATOR into $PY_ENV"
  python3 -m venv "$PY_ENV"
  "$PY_ENV/bin/pip" install --quiet --disable-pip-version-check "$SPEC_VALIDATOR"
fi

if [[ $# -gt 0 ]]; then specs=("$@"); else specs=(specs/*.yaml); fi
failed=0

echo "== openapi-spec-validator ($SPEC_VALIDATOR)"
for spec in "${specs[@]}"; do
  "$PY_ENV/bin/openapi-spec-validator" "$spec" || failed=1
done

echo "== openapi-examples-validator ($EXAMPLES)"
for spec in "${specs[@]}"; do
  out=$("$BIN/openapi-examples-validator" "$spec" 2>&1) && echo "$spec: examples valid" || {
    echo "$out"
    echo "$spec: invalid examples (above)"
    failed=1
  }
done

echo "== redocly lint ($REDOCLY, redocly.yaml)"
for spec in "${specs[@]}"; do
  json=$("$BIN/redocly" lint --config redocly.yaml --format json --max-problems 100000 "$spec" 2>/dev/null || true)
  # Errors fail; so do the warnings that say a reader sees another API than the client speaks.
  verdict=$(node -e '
    const d = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const strict = new Set(["no-invalid-media-type-examples", "no-invalid-schema-examples", "spec-ref-siblings"]);
    const bad = d.problems.filter(p => p.severity === "error" || strict.has(p.ruleId));
    const warn = d.problems.length - bad.length;
    for (const p of bad) console.log(`  ${p.severity} ${p.ruleId}: ${p.location[0].pointer}: ${p.message}`);
    console.log(`${bad.length} failing, ${warn} other warnings`);
  ' <<<"$json") || { echo "$spec: redocly gave no report"; failed=1; continue; }
  echo "$spec: $verdict" | tail -n 40
  [[ "$verdict" == *$'\n'* || "$verdict" != 0\ failing* ]] && failed=1
done

echo "== spectral lint ($SPECTRAL, .spectral.yaml)"
"$BIN/spectral" lint --ruleset .spectral.yaml --fail-severity error --format stylish "${specs[@]}" || failed=1

if [[ $failed != 0 ]]; then
  echo "openapi-lint: the third-party judges found problems (above)" >&2
  exit 1
fi
echo "== openapi-lint: all specs pass"
