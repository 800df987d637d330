"""order create | confirm | pay | pack | ship | deliver | cancel | refund | return | exchange | void | show |
list."""

import argparse
from pathlib import Path

from oms_desktop.cli import arguments as A
from oms_desktop.cli import quote_commands
from oms_desktop.cli.context import Context
from oms_desktop.cli.order_change_commands import add_to as add_change_commands
from oms_desktop.cli.order_change_commands import ship_item
from oms_desktop.cli.progress import progress_bar
from oms_desktop.domain import Channel, PaymentMethod, RefundTo
from oms_desktop.domain.errors import DomainError, ValidationError
from oms_desktop.domain.money import parse_amount
from oms_desktop.domain.order import HoldReason, Status
from oms_desktop.domain.payment import CHOOSABLE_METHODS
from oms_desktop.domain.sale_return import RETURN_PREFIX
from oms_desktop.domain.sequence import is_number_of
from oms_desktop.services import (
    assignment,
    holds,
    imports,
    order_filters,
    order_pages,
    order_problems,
    orders,
    payments,
    returns,
    sale_returns,
    shipping,
)
from oms_desktop.services.order_problems import Problem
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.sale_returns import (
    DAMAGED_LOCATION,
    ExchangeRequest,
    ReturnItem,
    ReturnRecord,
    ReturnRequest,
)

METHODS = [m.value for m in CHOOSABLE_METHODS]
STATUSES = [s.value.replace("_", "-") for s in Status]


def line(text: str) -> LineRequest:
    """SKU:QTY[:PRICE]"""
    parts = text.split(":")
    if len(parts) not in (2, 3) or not parts[0]:
        raise argparse.ArgumentTypeError(f"'{text}' is not SKU:QTY or SKU:QTY:PRICE")
    try:
        qty = A.quantity(parts[1])
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"'{parts[1][:30]}' in '{text[:60]}' is not a quantity") from None
    try:
        price = parse_amount(parts[2]) if len(parts) == 3 else None
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{exc} in '{text}'") from None
    return LineRequest(parts[0], qty, price)


def item(text: str) -> ReturnItem:
    """SKU:QTY of goods coming back."""
    parts = text.split(":")
    if len(parts) != 2 or not parts[0]:
        raise argparse.ArgumentTypeError(f"'{text[:60]}' is not SKU:QTY")
    try:
        return ReturnItem(parts[0], A.quantity(parts[1]))
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"'{parts[1][:30]}' in '{text[:60]}' is not a quantity") from None


def add(sub: argparse._SubParsersAction) -> None:
    o = sub.add_parser("order", help="orders").add_subparsers(dest="order_command", required=True)
    c = o.add_parser("create", help="create an order (with --pay: a counter sale paid in full)")
    who = c.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer", help="customer code")
    who.add_argument("--walk-in", action="store_true", help="no customer (counter sales)")
    c.add_argument(
        "--line", dest="lines", action="append", type=line, required=True, metavar="SKU:QTY[:PRICE]"
    )
    c.add_argument("--channel", choices=[ch.value for ch in Channel], default=None)
    c.add_argument("--key", help="idempotency key: the same key twice creates one order")
    c.add_argument("--pay", choices=METHODS, help="pay the total now with this method")
    c.add_argument("--tendered", type=A.amount, help="cash handed over (change is given back)")
    c.add_argument("--confirm", action="store_true", help="confirm at once (reserves stock)")
    c.add_argument(
        "--ship-to",
        default=None,
        metavar="TEXT",
        help="where the goods go: the recipient's name, address and phone, one a line ($'Name\\nAddress\\n"
        "Phone'); an address alone gets the customer's name and phone around it; none: the customer's own. "
        "Phone, wholesale and online orders need all three to be confirmed, packed or shipped",
    )
    c.add_argument("--notes", default="")
    c.add_argument("--location")
    c.set_defaults(func=create)
    for name, func, helptext in (
        ("confirm", confirm, "confirm a draft or a quotation (reserves stock)"),
        ("pack", pack, "mark packed"),
        ("deliver", deliver, "mark delivered"),
        ("show", show, "an order in full (or a return: RT-...)"),
    ):
        p = o.add_parser(name, help=helptext)
        p.add_argument("number")
        p.set_defaults(func=func)
    x = o.add_parser("cancel", help="cancel (releases reserved stock)")
    x.add_argument("number")
    x.add_argument("--reason", default="")
    x.set_defaults(func=cancel)
    p = o.add_parser("pay", help="record a payment")
    p.add_argument("number")
    p.add_argument("--amount", type=A.amount, required=True)
    p.add_argument("--method", choices=METHODS, required=True)
    p.add_argument("--tendered", type=A.amount)
    p.add_argument("--reference", default="")
    p.set_defaults(func=pay)
    r = o.add_parser("refund", help="give money back")
    r.add_argument("number")
    r.add_argument("--amount", type=A.amount, required=True)
    r.add_argument("--method", choices=METHODS, required=True)
    r.add_argument("--reason", default="")
    r.set_defaults(func=refund)
    rt = o.add_parser(
        "return",
        help="take goods back, all or some (--line): stock returns and the money goes back",
        description="Without --line the whole order comes back (or, after a partial return, the rest).",
    )
    rt.add_argument("number")
    rt.add_argument(
        "--line", dest="items", action="append", type=item, default=[], metavar="SKU:QTY", help="repeatable"
    )
    how = rt.add_mutually_exclusive_group()
    how.add_argument(
        "--refund-to",
        choices=[RefundTo.ORIGINAL.value, RefundTo.STORE_CREDIT.value],
        help="the ways it was paid (default) or the customer's store credit",
    )
    how.add_argument(
        "--method",
        choices=METHODS,
        help="how the money goes back (default: the ways it was paid; another way is a manager's)",
    )
    rt.add_argument("--customer", help="who gets the store credit when the sale was a walk-in's")
    rt.add_argument("--damaged", action="store_true", help="the goods go to the DAMAGED location")
    rt.add_argument("--reason", default="")
    rt.set_defaults(func=take_back, void=False)
    ex = o.add_parser(
        "exchange", help="goods back and new goods out in one go; the difference paid (--pay) or refunded"
    )
    ex.add_argument("number")
    ex.add_argument(
        "--return",
        dest="back",
        action="append",
        type=item,
        required=True,
        metavar="SKU:QTY",
        help="repeatable",
    )
    ex.add_argument(
        "--line", dest="lines", action="append", type=line, required=True, metavar="SKU:QTY[:PRICE]"
    )
    ex.add_argument("--pay", choices=METHODS, help="how the difference is paid when the new goods cost more")
    ex.add_argument("--tendered", type=A.amount, help="cash handed over for the difference")
    ex.add_argument("--damaged", action="store_true", help="the goods back go to the DAMAGED location")
    ex.add_argument("--reason", default="")
    ex.set_defaults(func=swap)
    v = o.add_parser(
        "void", help="void a completed sale rung up by mistake (a manager's; goods and money back)"
    )
    v.add_argument("number")
    v.add_argument("--method", choices=METHODS, help="how the money goes back (default: as it was paid)")
    v.add_argument("--reason", default="")
    v.set_defaults(func=take_back, void=True)
    s = o.add_parser("ship", help="ship with a carrier and tracking number (deducts stock)")
    s.add_argument("number")
    s.add_argument("--carrier", required=True)
    s.add_argument("--tracking", required=True)
    s.add_argument(
        "--line",
        dest="items",
        action="append",
        type=ship_item,
        default=[],
        metavar="SKU:QTY",
        help="ship only this much of a product now, the rest later (repeatable; none: all that is left)",
    )
    s.set_defaults(func=ship)
    im = o.add_parser(
        "import", help="import orders from a CSV file (all or nothing; refs imported before are skipped)"
    )
    im.add_argument("file", type=Path)
    im.set_defaults(func=import_file)
    ls = o.add_parser("list", help="list orders, newest first")
    ls.add_argument("--status", choices=STATUSES)
    ls.add_argument("--customer")
    ls.add_argument("--channel", choices=[ch.value for ch in Channel])
    ls.add_argument("--search", default="")
    ls.add_argument("--limit", type=A.positive, default=50)
    ls.add_argument("--held", action="store_true", help="only orders on hold")
    ls.add_argument("--mine", action="store_true", help="only the orders assigned to --user")
    ls.add_argument("--assigned", metavar="NAME", help="only the orders assigned to this person")
    ls.add_argument("--waiting", choices=[w.value.replace("_", "-") for w in order_filters.Waiting])
    ls.add_argument(
        "--problems",
        action="store_true",
        help="only orders with a problem (on hold, payment overdue, backordered, paid not shipped after "
        "the setting paid-unshipped-days, no address), with a column naming them",
    )
    ls.set_defaults(func=list_orders)
    hd = o.add_parser("hold", help="stop an order (not packed or shipped) until it is released")
    hd.add_argument("number")
    hd.add_argument("--reason", required=True, choices=[r.value for r in HoldReason])
    hd.add_argument("--note", required=True, help="what the problem is")
    hd.set_defaults(func=hold_order)
    asg = o.add_parser("assign", help="give an order to a person to look after")
    asg.add_argument("number")
    asg.add_argument("--to", required=True, metavar="NAME", help="a user's name; '' for nobody")
    asg.set_defaults(func=assign_order)
    rl = o.add_parser("release", help="let an order on hold go on")
    rl.add_argument("number")
    rl.add_argument("--note", default="")
    rl.set_defaults(func=release_order)
    quote_commands.add(o, print_order)
    add_change_commands(o, print_order)


def print_order(ctx: Context, d: OrderDetail) -> None:
    if ctx.json:
        ctx.show(d)
        return
    who = f"{d.customer.code} {d.customer.name}" if d.customer else "walk-in"
    print(f"{d.number}  {d.status.replace('_', ' ')}  ({d.channel}, {who})")
    print(
        f"  created {d.created_at.astimezone():%Y-%m-%d %H:%M}; payment {d.payment_state}, {d.fulfilment_state}"
    )
    in_part = d.fulfilment_state == "partly_shipped"
    for ln in d.lines:
        print(
            f"  {ln.line_no}. {ln.sku} {ln.name} x{ln.quantity} @ {ln.unit_price}"
            f"{f' -{ln.discount}' if ln.discount else ''} tax {ln.tax_rate}% = {ln.total}"
            + (f"  (shipped {ln.shipped}, {ln.to_ship} to ship)" if in_part else "")
        )
    print(f"  subtotal {d.subtotal}  discount {d.discount}  tax {d.tax}  total {d.total}")
    print(
        f"  paid {d.paid}  balance {d.balance}"
        + (f"  change given {d.change_given}" if d.change_given else "")
    )
    if d.returns:
        print(f"  returned {d.returned}: {', '.join(d.returns)}")
    if d.owed_back:
        print(f"  owed back to the customer {d.owed_back} (order refund)")
    skus = {ln.line_no: ln.sku for ln in d.lines}
    for n, s in enumerate(d.shipments, start=1):
        carried = ", ".join(f"{skus.get(no, no)} {qty}" for no, qty in s.lines)
        print(
            f"  shipment {n}: {s.carrier} {s.tracking_number}"
            + (f" ({carried})" if carried else "")
            + (" (delivered)" if s.delivered_at else "")
        )
    if d.assigned_to:
        print(f"  looked after by {d.assigned_to}")
    if d.hold_state == "held":
        print(f"  ON HOLD ({d.hold_reason}): {d.hold_note}")
    quote_commands.print_validity(ctx, d)
    print(f"  next: {', '.join(d.allowed_actions) or '-'}")


def hold_order(ctx: Context) -> int:
    print_order(ctx, holds.hold(ctx.uow, ctx.args.number, reason=ctx.args.reason, note=ctx.args.note).value)
    return 0


def assign_order(ctx: Context) -> int:
    print_order(ctx, assignment.assign(ctx.uow, ctx.args.number, ctx.args.to).value)
    return 0


def release_order(ctx: Context) -> int:
    print_order(ctx, holds.release(ctx.uow, ctx.args.number, note=ctx.args.note).value)
    return 0


def create(ctx: Context) -> int:
    a = ctx.args
    channel = Channel(a.channel) if a.channel else (Channel.COUNTER if a.walk_in else Channel.PHONE)
    pays = []
    if a.pay:
        total = orders.quote(ctx.uow, a.lines, a.customer).total
        method = PaymentMethod(a.pay)
        if a.tendered is not None and method is not PaymentMethod.CASH:
            raise ValidationError("tendered_for_cash_only")
        pays = [PaymentRequest(method, total, a.tendered)]
    req = OrderRequest(
        lines=a.lines,
        channel=channel,
        customer_code=a.customer,
        payments=pays,
        confirm=a.confirm,
        idempotency_key=a.key,
        ship_to=a.ship_to,
        notes=a.notes,
        location=a.location,
        quote_days=quote_commands.quote_days(a),
    )
    print_order(ctx, orders.create_order(ctx.uow, req).value)
    return 0


def confirm(ctx: Context) -> int:
    print_order(ctx, orders.confirm(ctx.uow, ctx.args.number).value)
    return 0


def pack(ctx: Context) -> int:
    print_order(ctx, orders.pack(ctx.uow, ctx.args.number).value)
    return 0


def deliver(ctx: Context) -> int:
    print_order(ctx, shipping.deliver(ctx.uow, ctx.args.number).value)
    return 0


def cancel(ctx: Context) -> int:
    print_order(ctx, orders.cancel(ctx.uow, ctx.args.number, ctx.args.reason).value)
    return 0


def show(ctx: Context) -> int:
    if is_number_of(RETURN_PREFIX, ctx.args.number):  # a return's number, as its receipt prints it
        print_return(ctx, sale_returns.get_return(ctx.uow, ctx.args.number))
        return 0
    detail = orders.get_order(ctx.uow, ctx.args.number)
    print_order(ctx, detail)
    if not ctx.json:
        print("  history:")
        for h in detail.history:
            moved = (
                f"{h.from_status} → {h.to_status}" if h.from_status not in ("", h.to_status) else h.to_status
            )
            said = f": {h.detail}" if h.detail else ""
            print(f"    {h.at.astimezone():%Y-%m-%d %H:%M}  {h.action} ({moved}) by {h.user}{said}")
    return 0


def pay(ctx: Context) -> int:
    a = ctx.args
    req = PaymentRequest(PaymentMethod(a.method), a.amount, a.tendered, a.reference)
    print_order(ctx, payments.pay(ctx.uow, a.number, req).value)
    return 0


def refund(ctx: Context) -> int:
    a = ctx.args
    print_order(ctx, payments.refund(ctx.uow, a.number, a.amount, PaymentMethod(a.method), a.reason).value)
    return 0


def print_return(ctx: Context, r: ReturnRecord) -> None:
    if ctx.json:
        ctx.show(r)
        return
    where = f", to {r.location}" if r.location == DAMAGED_LOCATION else ""
    print(f"{r.number}  return of {r.order_number}  ({r.refund_to}{where})")
    for ln in r.lines:
        print(f"  {ln.quantity} x {ln.sku} {ln.name} = {ln.total}")
    print(f"  total {r.total}  tax {r.tax}" + (f"  reason: {r.reason}" if r.reason else ""))
    print("  money back: " + (", ".join(f"{m} {a}" for m, a in r.refunds) or "-"))
    if r.store_credit is not None:
        print(f"  store credit of {r.customer_code}: {r.store_credit}")
    if r.exchange is not None:
        paid = " + ".join(f"{p.method} {p.amount}" for p in r.exchange.payments) or "-"
        print(f"  new sale {r.exchange.number}  total {r.exchange.total}  paid {paid}")


def take_back(ctx: Context) -> int:
    a = ctx.args
    if not a.void and (a.items or a.refund_to or a.damaged or a.customer):
        to_credit = a.refund_to == RefundTo.STORE_CREDIT.value
        req = ReturnRequest(
            a.number,
            a.items,
            RefundTo.STORE_CREDIT if to_credit else RefundTo.ORIGINAL,
            a.reason,
            damaged=a.damaged,
            customer_code=a.customer,
            method=PaymentMethod(a.method) if a.method else None,
        )
        print_return(ctx, sale_returns.take_back(ctx.uow, req).value)
        return 0
    print_order(
        ctx,
        returns.return_order(
            ctx.uow,
            a.number,
            method=PaymentMethod(a.method) if a.method else None,
            reason=a.reason,
            void=a.void,
        ).value,
    )
    return 0


def swap(ctx: Context) -> int:
    a = ctx.args
    method = PaymentMethod(a.pay) if a.pay else None
    if a.tendered is not None and method is not PaymentMethod.CASH:
        raise ValidationError("tendered_for_cash_only")
    req = ExchangeRequest(a.number, a.back, a.lines, method, a.tendered, a.reason, a.damaged)
    print_return(ctx, sale_returns.exchange(ctx.uow, req).value)
    return 0


def ship(ctx: Context) -> int:
    a = ctx.args
    shipped = shipping.ship(ctx.uow, a.number, carrier=a.carrier, tracking=a.tracking, items=a.items)
    print_order(ctx, shipped.value)
    return 0


def list_orders(ctx: Context) -> int:
    a = ctx.args
    flt = order_filters.OrderFilter(
        status=Status(a.status.replace("-", "_")) if a.status else None,
        channel=Channel(a.channel) if a.channel else None,
        customer_code=a.customer,
        search=a.search,
        held=a.held,
        assigned_to=ctx.uow.user if a.mine else (" ".join(a.assigned.split()) if a.assigned else None),
        waiting=order_filters.Waiting(a.waiting.replace("-", "_")) if a.waiting else None,
        problems=a.problems,
    )
    rows = order_pages.list_orders(ctx.uow, flt, limit=a.limit)
    problems = ["Problems"] if a.problems else []
    ctx.show(
        rows,
        ["Number", "Date", "Channel", "Status", "Customer", "Total", "Paid", *problems],
        [
            [
                r.number,
                r.created_at,
                r.channel,
                r.status.replace("_", " "),
                r.customer_name or "walk-in",
                r.total,
                r.paid,
                *([", ".join(order_problems.WORDS[Problem(p)] for p in r.problems)] if a.problems else []),
            ]
            for r in rows
        ],
    )
    return 0


def import_file(ctx: Context) -> int:
    path: Path = ctx.args.file
    if not path.is_file():
        raise DomainError("import_file_missing", path=str(path))
    with progress_bar("orders") as progress:
        result = imports.import_orders_csv(ctx.uow, path, progress=progress).value
    ctx.show(
        {
            "imported": result.imported,
            "skipped (imported before)": result.skipped,
            "lines": result.lines,
            "first": result.numbers[0] if result.numbers else "",
            "last": result.numbers[-1] if result.numbers else "",
        }
    )
    return 0
