"""order edit: change an order's lines and ship-to until all of it has left."""

import argparse
import sys
from collections.abc import Callable

from oms_desktop.cli import arguments as A
from oms_desktop.cli.context import Context
from oms_desktop.domain.messages import visible
from oms_desktop.domain.money import parse_amount
from oms_desktop.services import order_edits, shipping
from oms_desktop.services.order_edits import LineChange, OrderEdit
from oms_desktop.services.records import OrderDetail


def set_line(text: str) -> LineChange:
    """SKU:QTY[:PRICE[:DISCOUNT]]; an empty PRICE keeps the line's ("TEA:3::1.00")."""
    parts = text.split(":")
    if not 2 <= len(parts) <= 4 or not parts[0]:
        raise argparse.ArgumentTypeError(
            f"'{text[:60]}' is not SKU:QTY, SKU:QTY:PRICE or SKU:QTY:PRICE:DISCOUNT"
        )
    try:
        qty = A.quantity(parts[1])
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"'{parts[1][:30]}' in '{text[:60]}' is not a quantity") from None
    amounts = []
    for part in parts[2:]:
        try:
            amounts.append(parse_amount(part) if part.strip() else None)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"{exc} in '{text[:60]}'") from None
    price = amounts[0] if amounts else None
    discount = amounts[1] if len(amounts) > 1 else None
    return LineChange(parts[0], qty, price, discount)


def ship_item(text: str) -> shipping.ShipItem:
    """SKU:QTY leaving in this parcel."""
    sku, sep, qty = text.partition(":")
    if not sep or not sku:
        raise argparse.ArgumentTypeError(f"'{text[:60]}' is not SKU:QTY")
    try:
        return shipping.ShipItem(sku, A.quantity(qty))
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"'{qty[:30]}' in '{text[:60]}' is not a quantity") from None


def add_to(o: argparse._SubParsersAction, show: Callable[[Context, OrderDetail], None]) -> None:
    """The edit command on the order parser; `show` prints the order as every order command does."""
    e = o.add_parser(
        "edit",
        help="change an order until it has left: lines (quantity, price, discount) and ship-to",
        description="Change a quotation, a draft or a confirmed order. A confirmed order holds the new "
        "quantities at once; a paid order whose total drops shows what is owed back (order refund).",
    )
    e.add_argument("number")
    e.add_argument(
        "--set-line",
        dest="set_lines",
        action="append",
        type=set_line,
        default=[],
        metavar="SKU:QTY[:PRICE[:DISCOUNT]]",
        help="add the product or change its line (repeatable; QTY 0 removes it; an empty PRICE keeps it)",
    )
    e.add_argument(
        "--remove-line", dest="remove", action="append", default=[], metavar="SKU", help="take a product off"
    )
    e.add_argument("--ship-to", help="where the goods go: recipient name, address, phone")
    e.add_argument("--reason", default="", help="why a price was lowered (kept in the audit trail)")
    e.set_defaults(func=edit, show=show, edit_parser=e)


def given_twice(set_lines: list[LineChange], remove: list[str]) -> str | None:
    """A product named twice in one edit (set twice, or set and removed) says two things: which is meant?"""
    seen: set[str] = set()
    for code in [ln.code for ln in set_lines] + list(remove):
        if code in seen:
            return f"{code[:60]} is given twice: set or remove each product once in an edit"
        seen.add(code)
    return None


def edit(ctx: Context) -> int:
    a = ctx.args
    twice = given_twice(a.set_lines, a.remove)
    if twice:  # bad usage, as argparse says it: the usage, then the one line, exit 2
        a.edit_parser.print_usage(sys.stderr)
        print(f"{a.edit_parser.prog}: error: {visible(twice)}", file=sys.stderr)
        return 2
    change = OrderEdit(set_lines=a.set_lines, remove=a.remove, ship_to=a.ship_to, reason=a.reason)
    a.show(ctx, order_edits.edit_order(ctx.uow, a.number, change).value)
    return 0
