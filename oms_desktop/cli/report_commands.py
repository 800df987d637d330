"""report sales, and demo data."""

import argparse
import csv
import sys

from oms_desktop.cli import arguments as A
from oms_desktop.cli.context import Context
from oms_desktop.services import demo, reports
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

    d = sub.add_parser("demo", help="fill an empty database with realistic demo data")
    d.add_argument("--orders", type=A.whole, default=1500)
    d.add_argument("--products", type=A.whole, default=300)
    d.add_argument("--customers", type=A.whole, default=250)
    d.add_argument("--seed", type=A.whole, default=1)
    d.set_defaults(func=make_demo)


def sales(ctx: Context) -> int:
    a = ctx.args
    try:
        period = Period(a.start, a.end)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    rows = reports.sales(ctx.uow, period, reports.GroupBy(a.by))
    values = [[r.key, r.label, r.orders, r.units, r.net, r.tax, r.total, r.cost, r.margin] for r in rows]
    fmt = "json" if ctx.json else a.format
    if fmt == "json":
        ctx.args.json = True
        ctx.show(rows)
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(SALES_COLUMNS)
        writer.writerows(values)
    else:
        ctx.show(rows, [c.title() for c in SALES_COLUMNS], values)
    return 0


def make_demo(ctx: Context) -> int:
    a = ctx.args
    summary = demo.generate(
        ctx.uow, orders_count=a.orders, seed=a.seed, products_count=a.products, customers_count=a.customers
    )
    ctx.show(summary)
    return 0
