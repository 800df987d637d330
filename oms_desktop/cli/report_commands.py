"""report sales, and every analytics report (kpis, sales-over-time, top-products, ... turnover)."""

import argparse
import csv
import sys
from datetime import tzinfo
from pathlib import Path

from oms_desktop.cli import account_commands, output
from oms_desktop.cli import arguments as A
from oms_desktop.cli.context import Context
from oms_desktop.exports.csv_export import cell_text, save_csv, write_csv
from oms_desktop.exports.excel import save_xlsx
from oms_desktop.exports.headers import header
from oms_desktop.exports.tables import Value, tables
from oms_desktop.services import reports
from oms_desktop.services.analytics.buckets import Granularity
from oms_desktop.services.analytics.catalog import REPORTS, ReportOptions, run_report
from oms_desktop.services.analytics.presets import Preset, local_today, period_for
from oms_desktop.services.analytics.rankings import RankBy
from oms_desktop.services.periods import Period

SALES_COLUMNS = ["key", "label", "orders", "units", "net", "tax", "total", "cost", "margin"]


def add(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("report", help="reports").add_subparsers(dest="report_command", required=True)
    s = r.add_parser("sales", help="sales by day, month, product, customer or channel")
    s.add_argument("--from", dest="start", type=A.day, required=True, metavar="YYYY-MM-DD")
    s.add_argument("--to", dest="end", type=A.day, required=True, metavar="YYYY-MM-DD")
    s.add_argument("--by", choices=[g.value for g in reports.GroupBy], default="day")
    s.add_argument("--format", choices=["table", "csv", "json"], default="table")
    s.set_defaults(func=sales)
    account_commands.add_report(r)
    for spec in REPORTS.values():
        p = r.add_parser(spec.name, help=spec.summary)
        add_period_arguments(p)
        add_report_options(p, spec.options)
        p.add_argument("--format", choices=["table", "csv", "json", "xlsx"], default="table")
        p.add_argument("--out", type=Path, help="write to this file (needed for xlsx; CSV files get a BOM)")
        p.add_argument("--language", choices=["en", "zh_CN"], default="en", help="Excel column headers")
        p.set_defaults(func=analytics_report, report_name=spec.name)


def add_period_arguments(p: argparse.ArgumentParser) -> None:
    """--from/--to (local dates, both included) or --preset."""
    p.add_argument("--from", dest="start", type=A.day, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=A.day, metavar="YYYY-MM-DD")
    presets = [x.value.replace("_", "-") for x in Preset if x is not Preset.CUSTOM]
    p.add_argument("--preset", choices=presets, help="instead of --from/--to: a range ending today")


def add_report_options(p: argparse.ArgumentParser, options: tuple[str, ...]) -> None:
    """The options a report reads (see ReportOptions): --by and --limit."""
    if "granularity" in options:
        p.add_argument("--by", dest="granularity", choices=[g.value for g in Granularity], default="day")
    if "rank_by" in options:
        p.add_argument("--by", dest="rank_by", choices=[b.value for b in RankBy], default="revenue")
    if "limit" in options:
        p.add_argument("--limit", type=A.positive, default=10, help="rows to show (slow movers for turnover)")


def period_of(args: argparse.Namespace, zone: tzinfo | None = None) -> Period:
    """The period from --preset (ending today in the shop's `zone`), or from --from and --to; a usage error
    names what is missing."""
    if args.preset:
        if args.start or args.end:
            raise argparse.ArgumentTypeError("give either --preset or --from/--to, not both")
        return period_for(Preset(args.preset.replace("-", "_")), local_today(zone))
    if args.start is None or args.end is None:
        raise argparse.ArgumentTypeError("give --from and --to (YYYY-MM-DD), or --preset")
    try:
        return Period(args.start, args.end)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def options_of(args: argparse.Namespace) -> ReportOptions:
    return ReportOptions(
        granularity=Granularity(getattr(args, "granularity", "day")),
        rank_by=RankBy(getattr(args, "rank_by", "revenue")),
        limit=getattr(args, "limit", 10),
    )


def analytics_report(ctx: Context) -> int:
    a = ctx.args
    data = run_report(a.report_name, ctx.uow, period_of(a, ctx.uow.zone), options_of(a))
    fmt = "json" if ctx.json else a.format
    if fmt == "json":
        ctx.args.json = True
        ctx.show(data)
        return 0
    sheets = tables(data)
    if fmt == "xlsx":
        if a.out is None:
            raise argparse.ArgumentTypeError("--format xlsx needs --out FILE.xlsx")
        print(save_xlsx(sheets, a.out, language=a.language))
    elif fmt == "csv" and a.out is not None:
        print(save_csv(sheets[0], a.out))
    elif fmt == "csv":
        write_csv(sheets[0], sys.stdout)
    else:
        for i, sheet in enumerate(sheets):
            if i:
                print(f"\n{sheet.name}")
            output.table([header(c.key) for c in sheet.columns], sheet.rows)
    return 0


def sales(ctx: Context) -> int:
    a = ctx.args
    try:
        period = Period(a.start, a.end)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    rows = reports.sales(ctx.uow, period, reports.GroupBy(a.by))
    values: list[list[Value]] = [
        [r.key, r.label, r.orders, r.units, r.net, r.tax, r.total, r.cost, r.margin] for r in rows
    ]
    fmt = "json" if ctx.json else a.format
    if fmt == "json":
        ctx.args.json = True
        ctx.show(rows)
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(SALES_COLUMNS)
        writer.writerows([cell_text(v) for v in row] for row in values)
    else:
        ctx.show(rows, [c.title() for c in SALES_COLUMNS], values)
    return 0
