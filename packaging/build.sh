#!/usr/bin/env bash
# Build OMS Desktop as a onedir bundle: dist/oms-desktop/oms-desktop (with its libraries in _internal/).
#
#   packaging/build.sh [pyinstaller options...]
#
# Uses .venv (make bootstrap sets it up) or the Python named by $PYTHON. Installs the project's `package`
# extra (pyinstaller) into it when pyinstaller is missing. Ends by writing dist/oms-desktop/BUILD-INFO,
# which tests/packaging uses to tell whether the bundle is older than the sources.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="$ROOT/dist"
BUNDLE="$DIST/oms-desktop"

if [[ ! -x "$PY" ]]; then
    echo "build.sh: no Python at $PY; run 'make bootstrap' first (or set PYTHON)" >&2
    exit 1
fi

if ! "$PY" -c 'import PyInstaller' >/dev/null 2>&1; then
    # Only the extra's own requirements, read from pyproject.toml: reinstalling the project itself
    # (pip install -e '.[package]') would briefly take oms_desktop away from anything running meanwhile.
    mapfile -t wanted < <("$PY" - "$ROOT/pyproject.toml" <<'PYEOF'
import sys
import tomllib

with open(sys.argv[1], "rb") as fh:
    print(*tomllib.load(fh)["project"]["optional-dependencies"]["package"], sep="\n")
PYEOF
    )
    echo "build.sh: installing the package extra: ${wanted[*]}"
    "$PY" -m pip install --disable-pip-version-check --quiet "${wanted[@]}"
fi

# One build at a time in this tree (two test runs, or make package beside them): the second waits.
mkdir -p "$ROOT/build"
exec 9>"$ROOT/build/.build.lock"
flock 9

start=$SECONDS
# The old bundle goes first: a failed build must not leave a stale one that looks current.
rm -rf "$BUNDLE"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" \
    "$@" "$ROOT/packaging/oms-desktop.spec"

{
    echo "version: $("$PY" -c 'import oms_desktop; print(oms_desktop.__version__)')"
    echo "commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "built: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "pyinstaller: $("$PY" -c 'import PyInstaller; print(PyInstaller.__version__)')"
} >"$BUNDLE/BUILD-INFO"

echo "build.sh: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)) built in $((SECONDS - start)) s"
