"""Measure the bundle: its size, and its start-up time (launch to the main window, from `--smoke`).

    .venv/bin/python -m tests.packaging.measure [--runs 3]

Builds dist/oms-desktop first when the sources are newer. Every run uses a clean environment (see
bundle.clean_env) and is timed from launch to the "smoke: window shown" line, which run_smoke prints once
the window is shown and the event loop runs. What is compared (bundle and source tree, kept and new font
cache) is measured in turns, so that a change in the machine's load falls on both alike. Prints Markdown
for docs/benchmarks.md.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.packaging import bundle

VENV_PROGRAM = bundle.ROOT / ".venv" / "bin" / "oms-desktop"
FONT_MANAGER_IMPORT = (
    "import time; t = time.perf_counter(); import matplotlib.font_manager; print(time.perf_counter() - t)"
)

Timings = tuple[float, list[float]]  # the median and every run


def in_turns(
    runs: int, first: Callable[[int], float], second: Callable[[int], float]
) -> tuple[Timings, Timings]:
    """`runs` runs of each, alternating; their medians and runs."""
    pairs = [(first(i), second(i)) for i in range(runs)]
    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    return (statistics.median(a), a), (statistics.median(b), b)


def shown_after(data: Path, home: Path, program: Path) -> float:
    run = bundle.run_smoke(data, home, program=program)
    if run.code != 0 or run.shown_after_s is None:
        sys.exit(f"{program} --smoke failed (exit {run.code}):\n{run.output}")
    return run.shown_after_s


def start_ups(scratch: Path, runs: int, existing: bool) -> tuple[Timings, Timings]:
    """Bundle and source tree, on a new database each time (created and migrated before the window shows)
    or on one database that an earlier start made."""
    home = scratch / "home"

    def start(program: Path) -> Callable[[int], float]:
        def once(i: int) -> float:
            name = f"{program.parent.name}-{'existing' if existing else f'new-{i}'}"
            return shown_after(scratch / name, home, program)

        return once

    if existing:
        for program in (bundle.EXECUTABLE, VENV_PROGRAM):
            start(program)(0)  # makes the database that the measured starts open
    return in_turns(runs, start(bundle.EXECUTABLE), start(VENV_PROGRAM))


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


def font_manager_seconds(folder: Path) -> float:
    """Seconds to import matplotlib.font_manager (the bundle's matplotlib version) with MPLCONFIGDIR=folder:
    the part of a start that a kept font cache saves, without the noise of a whole process start."""
    env = {**os.environ, "MPLCONFIGDIR": str(folder)}
    out = subprocess.run(
        [sys.executable, "-c", FONT_MANAGER_IMPORT], env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout)


def fmt(result: Timings) -> str:
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
        home = scratch / "home"
        home.mkdir()
        frozen_new, source_new = start_ups(scratch, args.runs, existing=False)
        frozen_old, source_old = start_ups(scratch, args.runs, existing=True)
        data = scratch / f"{bundle.EXECUTABLE.parent.name}-existing"  # has the smoke runs' orders
        chart_seconds(data, home)  # builds the font cache in the data folder
        cached, fresh = in_turns(
            args.runs,
            lambda _i: chart_seconds(data, home),
            lambda i: chart_seconds(data, home, scratch / f"mpl-{i}"),
        )
        font_manager_seconds(scratch / "mpl-kept")
        kept, new = in_turns(
            args.runs,
            lambda _i: font_manager_seconds(scratch / "mpl-kept"),
            lambda i: font_manager_seconds(scratch / f"mpl-new-{i}"),
        )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"- Machine: {os.cpu_count()} cores, load average {load} at the end (other work shares it)")
    print(f"- Size: `du -sh dist/oms-desktop` = {size} ({files} files)")
    print(f"- Start-up to the main window, bundle, new database: {fmt(frozen_new)}")
    print(f"- Start-up to the main window, bundle, existing database: {fmt(frozen_old)}")
    print(f"- Start-up to the main window, source tree (.venv), new database: {fmt(source_new)}")
    print(f"- Start-up to the main window, source tree (.venv), existing database: {fmt(source_old)}")
    print(f"- `oms-desktop chart` (bundle), font cache kept in the data folder: {fmt(cached)}")
    print(f"- `oms-desktop chart` (bundle), a new MPLCONFIGDIR (PyInstaller's default): {fmt(fresh)}")
    print(f"- `import matplotlib.font_manager`, font cache kept: {fmt(kept)}")
    print(f"- `import matplotlib.font_manager`, a new MPLCONFIGDIR (cache built): {fmt(new)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
