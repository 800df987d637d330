"""supplier, po and replenish commands; `product supplier` and `product reorder` (hooked under product)."""

import argparse
from typing import Any

from oms_desktop.cli import arguments as A
from oms_desktop.cli import output
from oms_desktop.cli.context import Context
from oms_desktop.domain.purchase_order import POState
from oms_desktop.domain.replenishment import FORMULAS
from oms_desktop.services import purchase_orders, replenishment, suppliers
from oms_desktop.services.purchase_orders import POLineInput, PORecord, ReceiveLineInput
from oms_desktop.services.replenishment import Suggestion
from oms_desktop.services.suppliers import SupplierInput

STATES = [s.value.replace("_", "-") for s in POState]


def _parts(text: str, most: int, shape: str) -> list[str]:
    parts = text.split(":")
    if not 2 <= len(parts) <= most or not parts[0].strip():
        raise argparse.ArgumentTypeError(f"'{text[:60]}' is not {shape}")
    return parts


def po_line(text: str) -> POLineInput:
    """SKU:QTY[:COST]"""
    parts = _parts(text, 3, "SKU:QTY or SKU:QTY:COST")
    try:
        qty = A.quantity(parts[1])
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"'{parts[1][:30]}' in '{text[:60]}' is not a quantity") from None
    cost = A.non_negative_amount(parts[2]) if len(parts) == 3 else None
    return POLineInput(parts[0], qty, cost)


def receive_line(text: str) -> ReceiveLineInput:
    """SKU:QTY[:COST] of goods that arrived."""
    line = po_line(text)
    return ReceiveLineInput(line.code, line.quantity, line.unit_cost)


def add(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("supplier", help="suppliers").add_subparsers(dest="supplier_command", required=True)
    sa = s.add_parser("add", help="add a supplier")
    sa.add_argument("--name", required=True)
    sa.add_argument("--code", help="default: SUP-001, SUP-002, ...")
    sa.add_argument("--contact", default="")
    sa.add_argument("--phone", default="")
    sa.add_argument("--email", default="")
    sa.add_argument("--address", default="")
    sa.add_argument("--currency", help="default: the shop's")
    sa.add_argument("--lead-time-days", type=A.whole, default=7)
    sa.add_argument("--order-cost", type=A.non_negative_amount, default=None, help="what one order costs (S)")
    sa.add_argument("--notes", default="")
    sa.set_defaults(func=supplier_add)
    sl = s.add_parser("list", help="list suppliers")
    sl.add_argument("--search", default="")
    sl.set_defaults(func=supplier_list)
    ss = s.add_parser("show", help="a supplier")
    ss.add_argument("code")
    ss.set_defaults(func=supplier_show)

    p = sub.add_parser("po", help="purchase orders").add_subparsers(dest="po_command", required=True)
    pc = p.add_parser("create", help="a draft purchase order")
    pc.add_argument("--supplier", required=True, metavar="CODE")
    pc.add_argument(
        "--line", dest="lines", action="append", type=po_line, required=True, metavar="SKU:QTY[:COST]"
    )
    pc.add_argument("--location", help="where the goods arrive (default MAIN)")
    pc.add_argument("--notes", default="")
    pc.set_defaults(func=po_create)
    pa = p.add_parser("add", help="more lines on a draft purchase order")
    pa.add_argument("number")
    pa.add_argument(
        "--line", dest="lines", action="append", type=po_line, required=True, metavar="SKU:QTY[:COST]"
    )
    pa.set_defaults(func=po_add)
    for name, helptext, func in (
        ("send", "send a draft to the supplier: its lines are on order", po_send),
        ("show", "a purchase order with its lines and deliveries", po_show),
    ):
        q = p.add_parser(name, help=helptext)
        q.add_argument("number")
        q.set_defaults(func=func)
    pr = p.add_parser("receive", help="book a delivery against a sent purchase order")
    pr.add_argument("number")
    pr.add_argument(
        "--line",
        dest="lines",
        action="append",
        type=receive_line,
        required=True,
        metavar="SKU:QTY[:COST]",
        help="what arrived (COST: when it differs from the order's)",
    )
    pr.add_argument("--note", default="")
    pr.set_defaults(func=po_receive)
    for name, helptext, func in (
        ("cancel", "withdraw a draft or sent purchase order", po_cancel),
        ("close", "close a partly received purchase order short: the rest will not come", po_close),
    ):
        q = p.add_parser(name, help=helptext)
        q.add_argument("number")
        q.add_argument("--reason", default="")
        q.set_defaults(func=func)
    pl = p.add_parser("list", help="purchase orders, newest first")
    pl.add_argument("--status", choices=STATES)
    pl.add_argument("--supplier", metavar="CODE")
    pl.set_defaults(func=po_list)

    r = sub.add_parser("replenish", help="what to reorder, computed and explained").add_subparsers(
        dest="replenish_command", required=True
    )
    rs = r.add_parser("suggest", help="safety stock, reorder point, EOQ and a suggestion per product")
    rs.add_argument("--supplier", metavar="CODE")
    rs.add_argument("--all", action="store_true", help="every product, not only those to order")
    rs.add_argument("--sku", dest="skus", action="append", metavar="SKU", help="only these (repeatable)")
    rs.set_defaults(func=replenish_suggest)
    rf = r.add_parser("refresh", help="write the computed reorder points on the products not pinned")
    rf.set_defaults(func=replenish_refresh)
    rc = r.add_parser("create-pos", help="turn the suggestions into draft POs, one per preferred supplier")
    rc.add_argument("--supplier", metavar="CODE")
    rc.set_defaults(func=replenish_create)


def add_product_commands(p: argparse._SubParsersAction) -> None:
    """Under `product`: a product's suppliers, and its pinned reorder point."""
    ps = p.add_parser("supplier", help="what a supplier sells the product for (add or change)")
    ps.add_argument("sku")
    ps.add_argument("--supplier", required=True, metavar="CODE")
    ps.add_argument("--cost", required=True, type=A.non_negative_amount)
    ps.add_argument("--pack-size", type=A.quantity, default=1)
    ps.add_argument("--min-qty", type=A.quantity, default=0)
    ps.add_argument("--lead-time-days", type=A.whole, help="default: the supplier's")
    ps.add_argument("--supplier-sku", default="")
    ps.add_argument("--preferred", action="store_true", help="order from this supplier")
    ps.set_defaults(func=product_supplier)
    pr = p.add_parser("reorder", help="pin the product's reorder point, or let replenishment compute it")
    pr.add_argument("sku")
    group = pr.add_mutually_exclusive_group(required=True)
    group.add_argument("--pin", type=A.quantity, metavar="QTY")
    group.add_argument("--unpin", action="store_true")
    pr.set_defaults(func=product_reorder)


def supplier_add(ctx: Context) -> int:
    a = ctx.args
    data = SupplierInput(
        name=a.name,
        code=a.code,
        contact=a.contact,
        phone=a.phone,
        email=a.email,
        address=a.address,
        currency=a.currency,
        lead_time_days=a.lead_time_days,
        notes=a.notes,
        **({"order_cost": a.order_cost} if a.order_cost is not None else {}),
    )
    ctx.show(suppliers.add_supplier(ctx.uow, data).value)
    return 0


def supplier_list(ctx: Context) -> int:
    items = suppliers.list_suppliers(ctx.uow, ctx.args.search)
    ctx.show(
        items,
        ["Code", "Name", "Contact", "Phone", "Currency", "Lead time", "Order cost", "Products"],
        [
            [s.code, s.name, s.contact, s.phone, s.currency, s.lead_time_days, s.order_cost, s.products]
            for s in items
        ],
    )
    return 0


def supplier_show(ctx: Context) -> int:
    ctx.show(suppliers.get_supplier(ctx.uow, ctx.args.code))
    return 0


def product_supplier(ctx: Context) -> int:
    a = ctx.args
    found = suppliers.set_product_supplier(
        ctx.uow,
        a.sku,
        a.supplier,
        cost=a.cost,
        pack_size=a.pack_size,
        min_qty=a.min_qty,
        lead_time_days=a.lead_time_days,
        preferred=a.preferred,
        supplier_sku=a.supplier_sku,
    ).value
    if ctx.json:
        ctx.show(found)
        return 0
    terms = suppliers.product_suppliers(ctx.uow, found.sku)
    output.table(
        ["SKU", "Supplier", "Name", "Cost", "Pack", "Min qty", "Lead time", "Preferred"],
        [
            [
                t.sku,
                t.supplier_code,
                t.supplier_name,
                t.cost,
                t.pack_size,
                t.min_qty,
                t.lead_time_days,
                t.preferred,
            ]
            for t in terms
        ],
    )
    return 0


def product_reorder(ctx: Context) -> int:
    a = ctx.args
    row = replenishment.pin_reorder_point(ctx.uow, a.sku, None if a.unpin else a.pin).value
    _suggestions(ctx, [row])
    return 0


def _po(ctx: Context, po: PORecord) -> None:
    if ctx.json:
        ctx.show(po)
        return
    print(
        f"{po.number}  {po.state.replace('_', ' ')}  {po.supplier_code} {po.supplier_name}  to {po.location}"
    )
    print(f"total {po.total} {po.currency}" + (f"  notes: {po.notes}" if po.notes else ""))
    output.table(
        ["#", "SKU", "Name", "Ordered", "Received", "To come", "Over", "Unit cost", "Total"],
        [
            [x.line_no, x.sku, x.name, x.quantity, x.received, x.outstanding, x.over, x.unit_cost, x.total]
            for x in po.lines
        ],
    )
    for d in po.deliveries:
        got = ", ".join(f"{sku} {qty} at {cost}" for sku, qty, cost in d.lines)
        print(f"delivery {output.cell(d.at)} by {d.user}: {got}" + (f" ({d.note})" if d.note else ""))
    if po.allowed:
        print("next: " + ", ".join(po.allowed))


def po_create(ctx: Context) -> int:
    a = ctx.args
    _po(
        ctx, purchase_orders.create_po(ctx.uow, a.supplier, a.lines, location=a.location, notes=a.notes).value
    )
    return 0


def po_add(ctx: Context) -> int:
    _po(ctx, purchase_orders.add_to_draft(ctx.uow, ctx.args.number, ctx.args.lines).value)
    return 0


def po_send(ctx: Context) -> int:
    _po(ctx, purchase_orders.send_po(ctx.uow, ctx.args.number).value)
    return 0


def po_show(ctx: Context) -> int:
    _po(ctx, purchase_orders.get_po(ctx.uow, ctx.args.number))
    return 0


def po_receive(ctx: Context) -> int:
    a = ctx.args
    _po(ctx, purchase_orders.receive_po(ctx.uow, a.number, a.lines, note=a.note).value)
    return 0


def po_cancel(ctx: Context) -> int:
    _po(ctx, purchase_orders.cancel_po(ctx.uow, ctx.args.number, reason=ctx.args.reason).value)
    return 0


def po_close(ctx: Context) -> int:
    _po(ctx, purchase_orders.close_po(ctx.uow, ctx.args.number, reason=ctx.args.reason).value)
    return 0


def po_list(ctx: Context) -> int:
    a = ctx.args
    status = a.status.replace("-", "_") if a.status else None
    items = purchase_orders.list_pos(ctx.uow, status=status, supplier=a.supplier)
    ctx.show(
        items,
        ["Number", "Status", "Supplier", "Name", "Lines", "Total", "Created", "Sent"],
        [
            [
                p.number,
                p.state.replace("_", " "),
                p.supplier_code,
                p.supplier_name,
                p.lines,
                p.total,
                p.created_at,
                p.sent_at,
            ]
            for p in items
        ],
    )
    return 0


def _figure(value: float | None, places: int = 3) -> float | None:
    return None if value is None else round(value, places)


def suggestion_json(s: Suggestion) -> dict[str, Any]:
    """One product's figures under the keys the issue names, with the formulas beside them."""
    return {
        "sku": s.sku,
        "name": s.name,
        "unit": s.unit,
        "supplier": s.supplier_code,
        "on_hand": output.plain(s.on_hand),
        "available": output.plain(s.available),
        "on_order": output.plain(s.on_order),
        "in_draft": output.plain(s.in_draft),
        "sale_days": s.sale_days,
        "avg_daily_demand": _figure(s.avg_daily_demand, 4),
        "std_daily_demand": _figure(s.std_daily_demand, 4),
        "lead_time_days": s.lead_time_days,
        "z": _figure(s.z),
        "safety_stock": _figure(s.safety_stock),
        "reorder_point": _figure(s.reorder_point),
        "eoq": _figure(s.eoq),
        "suggested_qty": output.plain(s.suggested_qty),
        "pack_size": output.plain(s.pack_size),
        "min_qty": output.plain(s.min_qty),
        "unit_cost": str(s.unit_cost),
        "order_cost": str(s.order_cost),
        "too_little_history": s.too_little_history,
        "pinned_reorder_point": s.pinned,
    }


def _suggestions(ctx: Context, rows: list[Suggestion]) -> None:
    if ctx.json:
        output.print_json({"formulas": FORMULAS, "products": [suggestion_json(s) for s in rows]})
        return

    def f(value: float | None) -> str:
        return "" if value is None else f"{value:.2f}"

    output.table(
        [
            "SKU",
            "Name",
            "Supplier",
            "Avail",
            "On order",
            "d̄/day",
            "σ",
            "LT",
            "SS",
            "ROP",
            "EOQ",
            "Order",
            "Note",
        ],
        [
            [
                s.sku,
                s.name[:30],
                s.supplier_code,
                s.available,
                s.on_order + s.in_draft,
                f"{s.avg_daily_demand:.3f}",
                f"{s.std_daily_demand:.3f}",
                s.lead_time_days,
                f(s.safety_stock),
                f(s.reorder_point),
                f(s.eoq),
                s.suggested_qty or "",
                _note(s),
            ]
            for s in rows
        ],
    )


def _note(s: Suggestion) -> str:
    notes = []
    if s.pinned:
        notes.append("pinned reorder point")
    if s.too_little_history:
        notes.append(f"too little history (sold on {s.sale_days} of 90 days)")
    if not s.supplier_code:
        notes.append("no supplier")
    if s.eoq is None and not s.too_little_history:
        notes.append("no cost: no EOQ")
    return "; ".join(notes)


def replenish_suggest(ctx: Context) -> int:
    a = ctx.args
    rows = replenishment.suggest(
        ctx.uow, supplier=a.supplier, only_needed=not a.all and not a.skus, codes=a.skus
    )
    _suggestions(ctx, rows)
    return 0


def replenish_create(ctx: Context) -> int:
    made = replenishment.create_pos(ctx.uow, supplier=ctx.args.supplier).value
    if ctx.json:
        ctx.show(made)
        return 0
    if not made.purchase_orders:
        print("nothing to order")
    for po in made.purchase_orders:
        print(
            f"{po.number}  {po.supplier_code} {po.supplier_name}: {len(po.lines)} lines, {po.total} {po.currency}"
        )
    if made.without_supplier:
        print("no supplier to order from: " + ", ".join(made.without_supplier))
    return 0


def replenish_refresh(ctx: Context) -> int:
    changed = replenishment.refresh_reorder_points(ctx.uow).value
    if ctx.json:
        ctx.show({"changed": changed})
    else:
        print(f"{changed} reorder points updated")
    return 0
