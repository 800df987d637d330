"""The PyInstaller bundle as the tests and the start-up measurement use it: build it when the sources are
newer, and run it the way a user's machine would, with a clean environment (no venv, no PYTHONPATH)."""

import os
import re
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "oms-desktop"
EXECUTABLE = BUNDLE / "oms-desktop"
# Written by packaging/build.sh after a successful build: its age is the bundle's age.
BUILD_INFO = BUNDLE / "BUILD-INFO"
BUILD_SCRIPT = ROOT / "packaging" / "build.sh"
SOURCES = [ROOT / "oms_desktop", ROOT / "resources", ROOT / "packaging", ROOT / "pyproject.toml"]
BUILD_TIMEOUT_S = 1200
SMOKE_TIMEOUT_S = 120
SHOWN = "smoke: window shown"
SOLD = re.compile(r"smoke: order (?P<number>\S+) ")


def newest_source() -> tuple[float, Path]:
    """The modification time and path of the newest file the bundle is made from."""
    newest = (0.0, ROOT)
    for source in SOURCES:
        files = [source] if source.is_file() else source.rglob("*")
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                newest = max(newest, (path.stat().st_mtime, path))
    return newest


def is_current() -> bool:
    """True when dist/oms-desktop was built after the last change to any source file."""
    return EXECUTABLE.is_file() and BUILD_INFO.is_file() and BUILD_INFO.stat().st_mtime > newest_source()[0]


def build(*, force: bool = False) -> str:
    """Build the bundle unless it is current; returns what happened. Raises RuntimeError with the
    build's last output when the build fails."""
    if not force and is_current():
        return f"reused {BUNDLE} ({BUILD_INFO.read_text(encoding='utf-8').strip()})"
    changed = newest_source()[1]
    result = subprocess.run(
        ["bash", str(BUILD_SCRIPT)],
        cwd=ROOT,
        env={**os.environ, "PYTHON": sys.executable},  # the bundle is made from the environment under test
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    if result.returncode != 0 or not is_current():
        output = (result.stdout + result.stderr)[-6000:]
        raise RuntimeError(f"packaging/build.sh failed (exit {result.returncode}):\n{output}")
    return f"built (newest source: {changed.relative_to(ROOT)}): {result.stdout.strip().splitlines()[-1]}"


def clean_env(home: Path, data_dir: Path, **extra: str) -> dict[str, str]:
    """What a user's session gives the program: no venv on PATH, no PYTHONPATH, nothing from the tests."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "OMS_DATA_DIR": str(data_dir),
        "LANG": "C.UTF-8",
        **extra,
    }


@dataclass(frozen=True)
class SmokeRun:
    code: int
    output: str
    shown_after_s: float | None  # from launch to the "window shown" line; None if it never came
    total_s: float

    @property
    def order_number(self) -> str | None:
        found = SOLD.search(self.output)
        return found["number"] if found else None


def run_smoke(
    data_dir: Path,
    home: Path,
    *,
    invoice: Path | None = None,
    program: Path = EXECUTABLE,
    wrap: Sequence[str] = (),
) -> SmokeRun:
    """Run `oms-desktop --smoke` (under `wrap`, e.g. unshare) and time it from launch to the window."""
    extra = {"OMS_SMOKE_INVOICE": str(invoice)} if invoice is not None else {}
    env = clean_env(home, data_dir, **extra)
    start = time.perf_counter()
    shown: float | None = None
    lines: list[str] = []
    with subprocess.Popen(
        [*wrap, str(program), "--smoke"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if shown is None and line.startswith(SHOWN):
                shown = time.perf_counter() - start
            lines.append(line)
        try:
            code = process.wait(timeout=SMOKE_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            code = process.wait()
    return SmokeRun(code, "".join(lines), shown, time.perf_counter() - start)


def run_bundle(*args: str, data_dir: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """A headless command of the bundle (`oms-desktop ARGS`) in a clean environment."""
    return subprocess.run(
        [str(EXECUTABLE), *args],
        env=clean_env(home, data_dir),
        capture_output=True,
        text=True,
        timeout=SMOKE_TIMEOUT_S,
        check=False,
    )


def venv_command(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """`oms-desktop ARGS` from the source tree (this interpreter's venv), e.g. to make a database that the
    bundle then opens."""
    return subprocess.run(
        [sys.executable, "-m", "oms_desktop", *args],
        env={**os.environ, "OMS_DATA_DIR": str(data_dir)},
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
