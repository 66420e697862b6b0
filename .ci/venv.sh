#!/bin/sh
# Create .venv with the locked dependencies. Called by make when the lock or
# pyproject.toml is newer than the last install; does nothing otherwise.
set -eu
PY=${PYTHON:-python3}
VENV=${VENV:-.venv}

if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "venv: Recovery Desk needs Python 3.11 or newer; '$PY' is $("$PY" --version 2>&1)." >&2
  exit 1
fi

if [ ! -x "$VENV/bin/python" ]; then
  if ! "$PY" -m venv "$VENV" 2>/dev/null; then
    rm -rf "$VENV"
    # Debian and Ubuntu ship venv separately from python3.
    pkg="python3-venv python$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')-venv"
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "venv: installing $pkg"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkg >/dev/null
      "$PY" -m venv "$VENV"
    else
      echo "venv: Python cannot create virtual environments here. Install venv support:" >&2
      echo "  sudo apt-get install -y $pkg" >&2
      exit 1
    fi
  fi
fi

echo "venv: installing locked dependencies into $VENV (first run takes a few minutes)"
"$VENV/bin/python" -m pip install -qq --disable-pip-version-check --upgrade "pip>=24" setuptools wheel
"$VENV/bin/python" -m pip install -qq --disable-pip-version-check -r requirements-dev.lock
"$VENV/bin/python" -m pip install -qq --disable-pip-version-check --no-deps --no-build-isolation -e .
