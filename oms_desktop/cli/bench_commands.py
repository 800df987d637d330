"""bench: the budgets of a shop with years of history, measured on a copy of its database."""

import argparse
import json
import sys
from pathlib import Path

from oms_desktop.cli.context import Context
from oms_desktop.db.engine import sqlite_path
from oms_desktop.domain.errors import DomainError

BUNDLE_SECTION = "## The bundle"


def add(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("bench", help="measure speed and memory on a copy of the database")
    b.add_argument("--out", type=Path, default=Path("bench-results.json"), help="figures as JSON")
    b.add_argument("--markdown", type=Path, help="also write the table (e.g. docs/benchmarks.md)")
    b.add_argument("--quick", action="store_true", help="fewer runs (a smoke test of the bench itself)")
    b.add_argument("--no-gui", action="store_true", help="skip the window's measures")
    b.set_defaults(func=bench)


def bench(ctx: Context) -> int:
    from oms_desktop.bench.runner import markdown, run_all  # heavy: documents, and the window's measures

    source = sqlite_path(ctx.config.db_url)
    if source is None or not source.exists():
        raise DomainError("needs_sqlite_file", command="bench", url=str(ctx.config.db_url))
    results = run_all(
        source, quick=ctx.args.quick, gui=not ctx.args.no_gui, log=lambda s: print(s, file=sys.stderr)
    )
    ctx.args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    if ctx.args.markdown:
        target: Path = ctx.args.markdown
        # The bundle's figures (size, start-up) are written by tests/packaging/measure.py: keep them.
        kept = ""
        if target.exists() and BUNDLE_SECTION in target.read_text():
            kept = "\n" + target.read_text()[target.read_text().index(BUNDLE_SECTION) :]
        target.write_text(markdown(results) + kept)
    print(markdown(results))
    return 0
