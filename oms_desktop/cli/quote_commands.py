"""Quotations on the order commands: `order create --quote [--valid-days N]`, `order confirm --keep-prices |
--refresh-prices`, `order expire-quotes [--as-of DAY]` (services/quotes.py), and how `order show` says a
quotation's validity."""

import argparse
from collections.abc import Callable
from datetime import date

from oms_desktop.cli import arguments as A
from oms_desktop.cli.context import Context
from oms_desktop.services import orders, quotes
from oms_desktop.services.quotes import DEFAULT_DAYS, MAX_DAYS, MIN_DAYS, Expired, Prices
from oms_desktop.services.records import OrderDetail

Printer = Callable[[Context, OrderDetail], None]


def add(order: argparse._SubParsersAction, print_order: Printer) -> None:
    """Add the quotation options to `order create` and `order confirm`, and `order expire-quotes`."""
    create = order.choices["create"]
    create.add_argument(
        "--quote",
        action="store_true",
        help="a quotation for the customer: prices offered, no stock held; confirmed later or expired",
    )
    create.add_argument(
        "--valid-days",
        type=A.whole,
        metavar="DAYS",
        help=f"with --quote: the days it is valid after today ({MIN_DAYS} to {MAX_DAYS}, default {DEFAULT_DAYS})",
    )
    confirm = order.choices["confirm"]
    prices = confirm.add_mutually_exclusive_group()
    prices.add_argument(
        "--keep-prices",
        dest="prices",
        action="store_const",
        const=Prices.KEEP,
        help="a quotation at the prices quoted (the default; up to and including its last valid day)",
    )
    prices.add_argument(
        "--refresh-prices",
        dest="prices",
        action="store_const",
        const=Prices.REFRESH,
        help="a quotation with every line priced again as today (the customer's price tier)",
    )
    confirm.set_defaults(func=lambda ctx: confirm_order(ctx, print_order), prices=Prices.KEEP)
    expire = order.add_parser(
        "expire-quotes",
        help="expire the quotations whose last valid day is before today (or --as-of)",
        description="Every quotation whose last valid day is before the day becomes expired: it can no "
        "longer be confirmed. Prints how many and which.",
    )
    expire.add_argument(
        "--as-of", type=A.day, metavar="YYYY-MM-DD", help="the day to judge by (default today; not later)"
    )
    expire.set_defaults(func=expire_quotes)


def quote_days(args: argparse.Namespace) -> int | None:
    """The days a quotation asked on `order create` is valid, or None for an order."""
    if not args.quote:
        if args.valid_days is not None:
            raise argparse.ArgumentTypeError("--valid-days goes with --quote")
        return None
    return DEFAULT_DAYS if args.valid_days is None else int(args.valid_days)


def validity(d: OrderDetail, today: date) -> list[str]:
    """What `order show` says of a quotation's validity (nothing for another order)."""
    if d.valid_until is None or not quotes.is_quotation(d.lifecycle):
        return []
    day = d.valid_until.isoformat()
    if d.lifecycle == "expired":
        return [f"  expired: was valid until {day}"]
    if d.valid_until < today:
        return [f"  valid until {day} (passed: confirm it with --refresh-prices)"]
    return [f"  valid until {day}"]


def confirm_order(ctx: Context, print_order: Printer) -> int:
    """`order confirm`: a draft, or a quotation with its prices kept or refreshed (said after the order)."""
    d = orders.confirm(ctx.uow, ctx.args.number, ctx.args.prices).value
    print_order(ctx, d)
    said = d.history[-1].detail if d.history and d.history[-1].action == "confirm" else ""
    if said and not ctx.json:
        print(f"  {said}")
    return 0


def print_validity(ctx: Context, d: OrderDetail) -> None:
    for text in validity(d, quotes.as_date(ctx.uow.business_day())):
        print(text)


def expire_quotes(ctx: Context) -> int:
    done: Expired = quotes.expire_quotes(ctx.uow, ctx.args.as_of).value
    if ctx.json:
        ctx.show(done)
        return 0
    day = done.as_of.isoformat()
    if not done.quotes:
        print(f"Expired no quotations: none had its last valid day before {day}")
        return 0
    count = len(done.quotes)
    print(f"Expired {count} quotation{'s' if count != 1 else ''} whose last valid day was before {day}:")
    for q in done.quotes:
        print(f"  {q.number}  valid until {q.valid_until.isoformat()}  {q.customer}  {q.total}")
    return 0
