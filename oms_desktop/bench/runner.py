"""Run every measure on a copy of a database and write the figures (JSON) and a table (Markdown)."""

import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from oms_desktop.bench import core_bench, machine, raw_floor
from oms_desktop.bench.timing import Measure
from oms_desktop.db.backup import online_backup
from oms_desktop.db.migrate import open_database
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Customer, Order, Product


def _counts(uow: UnitOfWork) -> dict[str, int]:
    with uow.read() as s:
        return {
            "orders": int(s.scalar(select(func.count(Order.id))) or 0),
            "products": int(s.scalar(select(func.count(Product.id))) or 0),
            "customers": int(s.scalar(select(func.count(Customer.id))) or 0),
        }


def run_all(source: Path, *, quick: bool, gui: bool, log: Callable[[str], None]) -> dict[str, Any]:
    """Copy `source`, measure the core, the raw floor and (optionally) the window on the copies."""
    with tempfile.TemporaryDirectory(prefix="oms-bench-") as tmp:
        copy = Path(tmp) / "bench.sqlite3"
        log(f"copying {source} ...")
        online_backup(source, copy)
        engine = open_database(f"sqlite:///{copy}", backup_dir=Path(tmp) / "backups")
        uow = UnitOfWork(engine, user="bench")
        counts = _counts(uow)
        size_mb = round(source.stat().st_size / 1e6)
        log(
            f"{counts['orders']:,} orders, {counts['products']:,} products, {counts['customers']:,} customers"
        )
        gui_results: list[dict[str, Any]] = []
        if gui:
            # Before the core's sales are added, and in a process of its own so its memory is its own.
            gui_results = _gui(copy, quick, log)
        core = core_bench.run(uow, log, quick=quick)
        engine.dispose()
        raw = raw_floor.run(copy, log, quick=quick)
    ratios = {}
    for r in raw:
        ours = next((m for m in core if m.name.startswith(r.name)), None)
        if ours is not None and r.p95_ms > 0:
            ratios[r.name] = round(ours.p95_ms / r.p95_ms, 1)
    return {
        "machine": machine.describe(),
        "database": {"file": str(source), "size_mb": size_mb, **counts},
        "measures": [_plain(m) for m in core] + gui_results,
        "raw_floor": [_plain(m) for m in raw],
        "ratio_to_raw_p95": ratios,
        "quick": quick,
    }


def _plain(m: Measure) -> dict[str, Any]:
    data = asdict(m)
    data["median_ms"] = round(m.median_ms, 2)
    data["p95_ms"] = round(m.p95_ms, 2)
    data["within_budget"] = m.within_budget
    return data


def _gui(copy: Path, quick: bool, log: Callable[[str], None]) -> list[dict[str, Any]]:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
        target = Path(out.name)
    cmd = [sys.executable, "-m", "oms_desktop.gui.bench_window", "--db", str(copy), "--out", str(target)]
    if quick:
        cmd.append("--quick")
    log("measuring the window (offscreen) ...")
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        log(f"the window's measures failed:\n{done.stderr[-2000:]}")
        return [{"name": "window measures", "error": done.stderr[-500:]}]
    for line in done.stderr.splitlines():
        log(line)
    results: list[dict[str, Any]] = json.loads(target.read_text())
    target.unlink()
    return results


def markdown(results: dict[str, Any]) -> str:
    """The figures as the table kept in docs/benchmarks.md."""
    m, db = results["machine"], results["database"]
    lines = [
        "# Benchmarks",
        "",
        f"Measured {m['date']} on {m['cpu']} ({m['cores']} cores, {m['memory_gib']} GiB), {m['os']}, "
        f"Python {m['python']}, SQLite {m['sqlite']}; load average at the end {m['load_average']}.",
        "",
        f"Database: {db['orders']:,} orders, {db['products']:,} products, {db['customers']:,} customers "
        f"({db['size_mb']:,} MB), made with `oms-desktop demo --orders {db['orders']} --products {db['products']} "
        f"--customers {db['customers']}`. Run again with `make bench` (see README).",
        "",
        "| measure | runs | median | p95 | budget | within |",
        "|---|---:|---:|---:|---:|:---:|",
    ]
    for r in results["measures"]:
        if "error" in r:
            lines.append(f"| {r['name']} | | | | | failed: {r['error'][:80]} |")
            continue
        unit, scale = ("MB", 1.0) if r.get("unit") == "MB" else ("ms", 1.0)
        budget = "" if r["budget_ms"] is None else f"< {r['budget_ms']:,.0f} {unit}"
        ok = {True: "yes", False: "**no**", None: ""}[r["within_budget"]]
        lines.append(
            f"| {r['name']} | {r['runs']} | {r['median_ms'] * scale:,.1f} {unit} | {r['p95_ms'] * scale:,.1f} {unit} "
            f"| {budget} | {ok} |"
        )
    lines += [
        "",
        "How to read it: the window's figures run until the view has painted its rows (offscreen Qt), in a "
        "process of its own; start-up is a new process each time, to the counter's search field focused. The "
        'order list pages by keyset (200 rows a read, never the whole table): "scroll to the end" is dragging '
        "to the bottom, which reads and paints the next page; the oldest orders of the million are one click on "
        "the Date header away. The bench works on a copy of the database (it sells, ships and imports); every "
        "figure is the p95 of the runs shown, after one untimed run.",
    ]
    lines += ["", "Raw floor (plain `sqlite3`, no ORM, same database) and our p95 as a multiple of it:", ""]
    lines += ["| measure | median | p95 | ours / raw (p95) |", "|---|---:|---:|---:|"]
    for r in results["raw_floor"]:
        ratio = results["ratio_to_raw_p95"].get(r["name"], "")
        lines.append(f"| {r['name']} | {r['median_ms']:,.2f} ms | {r['p95_ms']:,.2f} ms | {ratio} |")
    lines += [
        "",
        "The raw counter sale writes the same rows by hand in one transaction; the raw name search is one "
        "fragment through the trigram index; the raw month report groups by an expression (ours groups by day "
        "in index order and folds the days into months, hence below 1).",
    ]
    notes = [r for r in results["measures"] if r.get("note")]
    if notes:
        lines += ["", "Notes:", ""] + [f"- {r['name']}: {r['note']}" for r in notes]
    return "\n".join(lines) + "\n"
