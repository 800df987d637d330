"""demo: a realistic shop to try the program on, small or at scale."""

import argparse
import sys
from collections.abc import Callable

from oms_desktop.cli import arguments as A
from oms_desktop.cli.context import Context
from oms_desktop.cli.progress import progress_bar
from oms_desktop.services import demo, demo_bulk

# Above this many orders the demo is written in bulk; below it every order goes through the services.
BULK_FROM = 5000


def add(sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser("demo", help="fill an empty database with realistic demo data")
    d.add_argument("--orders", type=A.not_negative, default=1500)
    d.add_argument("--products", type=A.not_negative, default=None, help="default 300 (100,000 in bulk)")
    d.add_argument("--customers", type=A.not_negative, default=None, help="default 250 (50,000 in bulk)")
    d.add_argument("--seed", type=A.whole, default=1)
    d.add_argument("--bulk", action="store_true", help=f"bulk inserts (automatic above {BULK_FROM} orders)")
    d.add_argument("--if-empty", action="store_true", help="do nothing (exit 0) when the database has data")
    d.set_defaults(func=make_demo)


def make_demo(ctx: Context) -> int:
    a = ctx.args
    for name, least, most in (
        ("orders", 0, 10_000_000),
        ("products", 1, 1_000_000),
        ("customers", 1, 1_000_000),
    ):
        value = getattr(a, name)
        if value is not None and not least <= value <= most:
            raise argparse.ArgumentTypeError(f"--{name} must be from {least:,} to {most:,}")
    if a.if_empty and not demo.is_empty(ctx.uow):
        print("The database already has products or orders; no demo data was added.", file=sys.stderr)
        return 0
    with progress_bar("orders") as progress:
        summary = _make(ctx, progress)
    ctx.show(summary)
    return 0


def _make(ctx: Context, progress: Callable[[int, int], bool]) -> object:
    a = ctx.args
    if a.bulk or a.orders > BULK_FROM:
        return demo_bulk.generate_bulk(
            ctx.uow.engine,
            orders_count=a.orders,
            products_count=a.products or 100_000,
            customers_count=a.customers or 50_000,
            seed=a.seed,
            progress=progress,
            zone=ctx.uow.zone,
        )
    return demo.generate(
        ctx.uow,
        orders_count=a.orders,
        seed=a.seed,
        products_count=a.products or 300,
        customers_count=a.customers or 250,
        progress=progress,
    )
