#!/bin/sh
# Make sure the system libraries Qt needs are present (shared/ENVIRONMENT.md).
#   .ci/system-deps.sh          libraries for the offscreen platform
#   .ci/system-deps.sh --x11    plus a real X server (Xvfb) for windows and screenshots
# Installs them with apt-get when run as root; otherwise prints the exact line
# to run and fails. Fast (a few dpkg queries) when everything is there.
set -eu

PACKAGES="libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0 fonts-dejavu-core"
if [ "${1:-}" = "--x11" ]; then
  PACKAGES="$PACKAGES libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 xvfb xauth"
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu system; install the equivalents of: $PACKAGES" >&2
  exit 0
fi

missing=""
for pkg in $PACKAGES; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $pkg" ;;
  esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ]; then
  echo "system-deps: installing$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "system-deps: these system packages are missing:$missing" >&2
  echo "Install them, then run make again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y$missing" >&2
  exit 1
fi
