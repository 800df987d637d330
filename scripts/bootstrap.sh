#!/usr/bin/env bash
# Set up everything OMS Desktop needs on a Debian machine: system packages (as root),
# a virtualenv in .venv and the project installed in it (editable, with the dev extra).
# Idempotent and quiet: it prints nothing unless there is something to say or it fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
STAMP="$VENV/.oms-bootstrap-stamp"

DEB_PACKAGES=(
    # Qt offscreen
    libglib2.0-0 libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3
    # CJK font for Qt, matplotlib and reportlab
    fonts-wqy-microhei
    # Qt in a real window under Xvfb
    libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-render-util0 libxcb-shape0 libxcb-xkb1 xvfb xauth
    # checking generated PDFs and barcodes, screenshots
    poppler-utils zbar-tools imagemagick
    # the PostgreSQL server the tests start
    postgresql
)

log_file="$(mktemp "${TMPDIR:-/tmp}/oms-bootstrap.XXXXXX")"
trap 'rm -f "$log_file"' EXIT

# Run a command with its output in the log; show the log and stop if it fails.
quietly() {
    if ! "$@" >"$log_file" 2>&1; then
        echo "bootstrap: FAILED: $*" >&2
        tail -n 60 "$log_file" >&2
        exit 1
    fi
}

find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3 python3.13 python3.12 python3.11; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

missing_deb_packages() {
    # Prints the packages of "$@" that are not fully installed.
    local installed
    installed="$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" 2>/dev/null |
        awk '$2 == "ii" { print $1 }' || true)"
    local pkg
    for pkg in "$@"; do
        grep -qxF "$pkg" <<<"$installed" || echo "$pkg"
    done
}

# --- Python interpreter -------------------------------------------------------------------
if ! PY="$(find_python)"; then
    echo "bootstrap: Python >= 3.11 is required (tried: ${PYTHON:-} python3 python3.13 python3.12 python3.11)" >&2
    exit 1
fi

# Debian's own python needs python3-venv for 'python3 -m venv'.
needed=("${DEB_PACKAGES[@]}")
if [[ ! -x "$VENV/bin/python" ]] && ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    needed+=(python3-venv)
fi

# --- Debian packages ----------------------------------------------------------------------
if command -v dpkg-query >/dev/null 2>&1; then
    mapfile -t missing < <(missing_deb_packages "${needed[@]}")
    if ((${#missing[@]} > 0)); then
        if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
            echo "bootstrap: installing Debian packages: ${missing[*]}"
            export DEBIAN_FRONTEND=noninteractive
            quietly apt-get update
            quietly apt-get install -y --no-install-recommends "${missing[@]}"
        else
            echo "bootstrap: missing Debian packages (install them as root): ${missing[*]}" >&2
        fi
    fi
fi

# --- virtualenv ---------------------------------------------------------------------------
if [[ -d "$VENV" ]] && ! "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
    echo "bootstrap: $VENV is broken, recreating it"
    rm -rf "$VENV"
fi
if [[ ! -d "$VENV" ]]; then
    quietly "$PY" -m venv "$VENV"
fi

# --- the project, installed when pyproject.toml changed ---------------------------------------
want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
have="$(cat "$STAMP" 2>/dev/null || true)"
if [[ "$want" != "$have" ]]; then
    echo "bootstrap: installing the project and its dev tools into .venv (pip install -e '.[dev]')"
    cd "$ROOT"
    quietly "$VENV/bin/python" -m pip install --disable-pip-version-check -e '.[dev]'
    echo "$want" >"$STAMP"
fi
