"""import: orders, products, customers or stock counts from a CSV or Excel file (services/imports.py)."""

import argparse
from pathlib import Path

from oms_desktop import import_presets
from oms_desktop.cli.context import Context
from oms_desktop.cli.progress import progress_bar
from oms_desktop.domain.errors import DomainError
from oms_desktop.services import imports
from oms_desktop.services.import_layouts import AUTO, Format, Kind
from oms_desktop.services.imports import ImportOptions, ImportReport

SHOWN_PROBLEMS = 20
WHAT = {"orders": "orders", "products": "products", "customers": "customers", "stock": "counts"}


def add(sub: argparse._SubParsersAction) -> None:
    im = sub.add_parser(
        "import",
        help="import orders, products, customers or stock counts from a CSV or Excel file",
        description="Import a CSV file (UTF-8, GB18030/GBK or UTF-16) or an Excel .xlsx workbook. Every row is "
        "checked first; any problem refuses the whole file (nothing is written) unless --skip-bad-rows. "
        "Importing the same file again adds nothing: orders keep their reference (Shopify's #1001, "
        "WooCommerce's order id), products their SKU, customers their code or phone, and a stock count books "
        "only its difference. The formats are described in docs/import-formats.md.",
    )
    im.add_argument("kind", choices=[k.value for k in Kind], help="what the file holds")
    im.add_argument("file", type=Path, help="a .csv or .xlsx file")
    im.add_argument(
        "--format",
        choices=[AUTO, *(f.value for f in Format)],
        default=AUTO,
        help="whose layout the file is in (default: found from its header)",
    )
    im.add_argument(
        "--mapping",
        metavar="FILE",
        help='a JSON file of our field -> your column ({"sku": "Artikel"}), or a preset saved by the wizard',
    )
    im.add_argument(
        "--dry-run", action="store_true", help="check everything and say what would happen; write nothing"
    )
    im.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows and list the bad ones (default: all or nothing)",
    )
    im.set_defaults(func=run_import)


def run_import(ctx: Context) -> int:
    a = ctx.args
    path: Path = a.file
    if not path.is_file():
        raise DomainError("import_file_missing", path=str(path))
    kind = Kind(a.kind)
    fmt = None if a.format == AUTO else Format(a.format)
    mapping = None
    if a.mapping:
        found = import_presets.mapping_from(ctx.config.data_dir, a.mapping)
        mapping = found.columns
        if fmt is None and found.format is not None and (found.kind in (None, kind)):
            fmt = found.format
    options = ImportOptions(
        kind=kind,
        format=fmt,
        mapping=mapping,
        dry_run=a.dry_run,
        skip_bad_rows=a.skip_bad_rows,
        file_name=path.name,
    )
    with progress_bar(WHAT[kind.value]) as progress:
        report = imports.import_file(ctx.uow, path, options, progress=progress).value
    if ctx.json:
        ctx.show(_as_json(report))
    else:
        _print(report)
    return 1 if report.refused_whole else 0


def _as_json(r: ImportReport) -> dict[str, object]:
    return {
        "kind": r.kind,
        "format": r.format,
        "layout": r.layout,
        "file": r.file,
        "encoding": r.encoding,
        "dry_run": r.dry_run,
        "rows": r.rows,
        "read": r.found,
        "added": r.added,
        "updated": r.updated,
        "unchanged": r.unchanged,
        "refused": [{"line": p.line, "code": p.error.code, "message": str(p)} for p in r.problems],
        "written": r.written,
        "numbers": list(r.numbers),
        "statuses": dict(r.statuses),
        "lines": r.lines,
        "total": r.total,
        "paid": r.paid,
        "customers_added": r.customers_added,
        "stock_adjusted": r.stock_adjusted,
    }


def _print(r: ImportReport) -> None:
    what = WHAT[r.kind]
    print(f"{r.file}: {r.layout} ({r.format}, {r.encoding}), {r.rows} rows, {r.found} {what} read")
    would = "would be " if r.dry_run else ""
    if r.dry_run:
        print("Dry run: nothing was written.")
    if r.kind == Kind.ORDERS.value:
        numbers = (
            f" ({r.numbers[0]} to {r.numbers[-1]})"
            if len(r.numbers) > 1
            else f" ({r.numbers[0]})"
            if r.numbers
            else ""
        )
        print(f"{would}added: {r.added}{numbers}")
        print(f"imported before (skipped): {r.unchanged}")
        if r.statuses:
            print(
                "statuses: "
                + ", ".join(f"{status.replace('_', ' ')} {n}" for status, n in sorted(r.statuses.items()))
            )
        if r.added:
            print(f"lines: {r.lines}, total: {r.total}, paid: {r.paid}, customers added: {r.customers_added}")
    else:
        print(f"{would}added: {r.added}")
        print(f"{would}updated: {r.updated}")
        print(f"unchanged: {r.unchanged}")
        if r.stock_adjusted:
            print(f"stock counts {would}booked as adjustments: {r.stock_adjusted}")
    if r.problems:
        verdict = (
            "nothing would be imported (all or nothing; --skip-bad-rows imports the rest)"
            if r.refused_whole
            else "left out"
        )
        print(f"refused lines: {len(r.problems)}, {verdict}")
        for problem in r.problems[:SHOWN_PROBLEMS]:
            print(f"  {problem}")
        if len(r.problems) > SHOWN_PROBLEMS:
            print(f"  ... and {len(r.problems) - SHOWN_PROBLEMS} more")
