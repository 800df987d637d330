"""Measure the bundle: its size, and its start-up time (launch to the main window, from `--smoke`).

    .venv/bin/python -m tests.packaging.measure [--runs 3]

Builds dist/oms-desktop first when the sources are newer. Every run uses a clean environment (see
bundle.clean_env) and is timed from launch to the "smoke: window shown" line, which run_smoke prints once
the window is shown and the event loop runs. Prints Markdown for docs/benchmarks.md.
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.packaging import bundle

VENV_PROGRAM = bundle.ROOT / ".venv" / "bin" / "oms-desktop"


def shown_after(data: Path, home: Path, program: Path) -> float:
    run = bundle.run_smoke(data, home, program=program)
    if run.code != 0 or run.shown_after_s is None:
        sys.exit(f"{program} --smoke failed (exit {run.code}):\n{run.output}")
    return run.shown_after_s


def median_of(runs: int, measure: Callable[[int], float]) -> tuple[float, list[float]]:
    times = [measure(i) for i in range(runs)]
    return statistics.median(times), times


def start_up(program: Path, runs: int, scratch: Path) -> dict[str, tuple[float, list[float]]]:
    """First start (a new database: created and migrated before the window shows) and later starts."""
    tag = program.parent.name

    def new_database(i: int) -> float:
        return shown_after(scratch / f"{tag}-new-{i}", scratch / "home", program)

    warm = scratch / f"{tag}-warm"
    shown_after(warm, scratch / "home", program)  # makes the database the later starts open

    def existing_database(_i: int) -> float:
        return shown_after(warm, scratch / "home", program)

    return {"new": median_of(runs, new_database), "existing": median_of(runs, existing_database)}


def chart_seconds(data: Path, home: Path, mplconfig: Path | None = None) -> float:
    """One `oms-desktop chart` of the bundle, timed; with `mplconfig` (a new folder) as PyInstaller's own
    run-time hook would set it, otherwise with the font cache in the data folder."""
    env = bundle.clean_env(home, data, **({"MPLCONFIGDIR": str(mplconfig)} if mplconfig else {}))
    png = data / "chart.png"
    start = time.perf_counter()
    subprocess.run(
        [str(bundle.EXECUTABLE), "chart", "top-products", "--preset", "this-year", "--out", str(png)],
        env=env,
        check=True,
        capture_output=True,
        timeout=bundle.SMOKE_TIMEOUT_S,
    )
    return time.perf_counter() - start


def fmt(result: tuple[float, list[float]]) -> str:
    median, times = result
    return f"{median:.2f} s ({', '.join(f'{t:.2f}' for t in times)})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    print(bundle.build(), file=sys.stderr)
    du = subprocess.run(["du", "-sh", str(bundle.BUNDLE)], capture_output=True, text=True, check=True)
    size = du.stdout.split()[0]
    files = sum(1 for p in bundle.BUNDLE.rglob("*") if p.is_file())
    with tempfile.TemporaryDirectory(prefix="oms-measure-") as tmp:
        scratch = Path(tmp)
        (scratch / "home").mkdir()
        frozen = start_up(bundle.EXECUTABLE, args.runs, scratch)
        source = start_up(VENV_PROGRAM, args.runs, scratch)
        data = scratch / f"{bundle.EXECUTABLE.parent.name}-warm"  # has the smoke runs' orders
        chart_seconds(data, scratch / "home")  # builds the font cache in the data folder
        cached = median_of(args.runs, lambda _i: chart_seconds(data, scratch / "home"))
        fresh = median_of(args.runs, lambda i: chart_seconds(data, scratch / "home", scratch / f"mpl-{i}"))
    print(f"- Size: `du -sh dist/oms-desktop` = {size} ({files} files)")
    print(f"- Start-up to the main window, bundle, new database: {fmt(frozen['new'])}")
    print(f"- Start-up to the main window, bundle, existing database: {fmt(frozen['existing'])}")
    print(f"- Start-up to the main window, source tree (.venv), new database: {fmt(source['new'])}")
    print(f"- Start-up to the main window, source tree (.venv), existing database: {fmt(source['existing'])}")
    print(f"- `oms-desktop chart` with the font cache in the data folder: {fmt(cached)}")
    print(f"- `oms-desktop chart` with a new MPLCONFIGDIR each start (PyInstaller's default): {fmt(fresh)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
