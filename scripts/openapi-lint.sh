#!/usr/bin/env bash
# Lints every spec (specs/*.yaml) with Spectral (ruleset: .spectral.yaml, which extends spectral:oas).
#
# Spectral comes from the npm registry, pinned, into .tools/npm (git-ignored); it is installed
# on the first run and reused afterwards. Needs Node >= 18 and npm.
# Exits non-zero when a spec has an error (warnings are printed but do not fail the run).
set -euo pipefail
cd "$(dirname "$0")/.."

SPECTRAL_VERSION=6.16.3
PREFIX=.tools/npm
BIN="$PREFIX/node_modules/.bin/spectral"

for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "openapi-lint: needs Node.js >= 18 and npm ($tool not found)" >&2; exit 1; }
done

installed_version() {
  node -p "require('./$PREFIX/node_modules/@stoplight/spectral-cli/package.json').version" 2>/dev/null || true
}

if [[ ! -x "$BIN" || "$(installed_version)" != "$SPECTRAL_VERSION" ]]; then
  echo "== installing @stoplight/spectral-cli@$SPECTRAL_VERSION into $PREFIX"
  mkdir -p "$PREFIX"
  npm install --prefix "$PREFIX" --no-audit --no-fund --no-save --loglevel=error \
    "@stoplight/spectral-cli@$SPECTRAL_VERSION"
fi

specs=(specs/*.yaml)
echo "== spectral lint (${specs[*]})"
"$BIN" lint --ruleset .spectral.yaml --fail-severity error --format stylish "${specs[@]}"
