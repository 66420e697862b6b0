#!/bin/sh
# Re-resolve the newest versions allowed by pyproject.toml into the two lock files.
# Both hold the server extra: development and CI run client and server together.
set -eu
PY=${PYTHON:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$PY" -m venv "$tmp/rt" && "$tmp/rt/bin/pip" install -qq ".[server]"
{ echo "# Exact runtime versions (client + the [server] extra), installed by 'make' into .venv. Regenerate with 'make lock'."
  "$tmp/rt/bin/pip" freeze --exclude recovery-desk; } > requirements.lock
"$PY" -m venv "$tmp/dev" && "$tmp/dev/bin/pip" install -qq ".[server,test,dev]"
{ echo "# Exact runtime + test + dev versions, installed by 'make' into .venv. Regenerate with 'make lock'."
  "$tmp/dev/bin/pip" freeze --exclude recovery-desk; } > requirements-dev.lock
echo "lock: requirements.lock and requirements-dev.lock rewritten"
