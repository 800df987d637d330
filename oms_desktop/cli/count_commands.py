"""stock count start | set | show | finish | cancel | list (hooked under `stock`)."""

import argparse

from oms_desktop.cli import arguments as A
from oms_desktop.cli import output
from oms_desktop.cli.context import Context
from oms_desktop.services import stocktakes
from oms_desktop.services.stocktakes import CountRecord


def add_stock_commands(s: argparse._SubParsersAction) -> None:
    c = s.add_parser("count", help="stocktakes: count a location and book the differences").add_subparsers(
        dest="count_command", required=True
    )
    cs = c.add_parser("start", help="start a count (all active products, or --sku ...)")
    cs.add_argument("--location")
    cs.add_argument("--sku", dest="skus", action="append", metavar="SKU", help="repeatable")
    cs.add_argument("--note", default="")
    cs.set_defaults(func=count_start)
    ct = c.add_parser("set", help="how many are on the shelf (--add: this many more)")
    ct.add_argument("count", metavar="COUNT")
    ct.add_argument("sku")
    ct.add_argument("qty", type=A.quantity)
    ct.add_argument("--add", action="store_true")
    ct.set_defaults(func=count_set)
    for name, helptext, func in (
        ("show", "a count: each product's snapshot, count and difference", count_show),
        ("finish", "book one adjustment per difference and close the count", count_finish),
        ("cancel", "abandon a count: nothing is booked", count_cancel),
    ):
        q = c.add_parser(name, help=helptext)
        q.add_argument("count", metavar="COUNT")
        if name == "show":
            q.add_argument("--differences", action="store_true", help="only products counted differently")
        q.set_defaults(func=func)
    cl = c.add_parser("list", help="counts, newest first")
    cl.add_argument("--open", action="store_true")
    cl.set_defaults(func=count_list)


def _count(ctx: Context, count: CountRecord, differences_only: bool = False) -> None:
    if ctx.json:
        ctx.show(count)
        return
    print(
        f"{count.number}  {count.state}  at {count.location}  counted {count.counted} of {len(count.lines)}"
        + (f"  ({count.note})" if count.note else "")
    )
    lines = count.differences if differences_only else count.lines
    output.table(
        ["SKU", "Name", "At start", "Counted", "Books then", "Difference", "Booked", "By"],
        [
            [
                x.sku,
                x.name[:30],
                x.snapshot,
                x.counted,
                x.book_at_count,
                x.difference,
                x.booked or "",
                x.counted_by,
            ]
            for x in lines
        ],
    )


def count_start(ctx: Context) -> int:
    a = ctx.args
    _count(ctx, stocktakes.start_count(ctx.uow, location=a.location, codes=a.skus, note=a.note).value)
    return 0


def count_set(ctx: Context) -> int:
    a = ctx.args
    line = stocktakes.set_count(ctx.uow, a.count, a.sku, a.qty, add=a.add).value
    if ctx.json:
        ctx.show(line)
    else:
        print(
            f"{line.sku}: counted {line.counted} (books {line.book_at_count}, difference {line.difference})"
        )
    return 0


def count_show(ctx: Context) -> int:
    _count(ctx, stocktakes.get_count(ctx.uow, ctx.args.count), ctx.args.differences)
    return 0


def count_finish(ctx: Context) -> int:
    _count(ctx, stocktakes.finish_count(ctx.uow, ctx.args.count).value, differences_only=True)
    return 0


def count_cancel(ctx: Context) -> int:
    _count(ctx, stocktakes.cancel_count(ctx.uow, ctx.args.count).value)
    return 0


def count_list(ctx: Context) -> int:
    items = stocktakes.list_counts(ctx.uow, open_only=ctx.args.open)
    ctx.show(
        items,
        ["Number", "State", "Location", "Started", "Finished", "By"],
        [[c.number, c.state, c.location, c.started_at, c.finished_at, c.user] for c in items],
    )
    return 0
