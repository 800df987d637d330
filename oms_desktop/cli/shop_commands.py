"""product, stock and customer commands."""

import argparse
from decimal import Decimal

from oms_desktop.cli import account_commands, count_commands, customer_commands, output, purchase_commands
from oms_desktop.cli import arguments as A
from oms_desktop.cli.context import Context
from oms_desktop.domain import PriceTier
from oms_desktop.services import catalogue, customers, inventory, product_search, store_credit
from oms_desktop.services.catalogue import ProductInput
from oms_desktop.services.customers import CustomerInput


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("product", help="the catalogue").add_subparsers(dest="product_command", required=True)
    pa = p.add_parser("add", help="add a product")
    pa.add_argument("--sku", required=True)
    pa.add_argument("--name", required=True)
    pa.add_argument("--price", required=True, type=A.non_negative_amount)
    pa.add_argument("--barcode")
    pa.add_argument("--cost", type=A.non_negative_amount, default=None)
    pa.add_argument("--tax-rate", type=A.rate, default=0, help="percent, e.g. 13")
    pa.add_argument("--reorder-point", type=A.quantity, default=0)
    pa.add_argument("--wholesale-price", type=A.non_negative_amount)
    pa.add_argument("--unit", default="pcs")
    pa.add_argument(
        "--decimals", type=A.whole, default=0, help="the unit's decimals: 0 for pieces, 3 for kg to the gram"
    )
    pa.add_argument("--allow-backorder", action="store_true")
    pa.set_defaults(func=product_add)
    pl = p.add_parser("list", help="list or search products")
    pl.add_argument("--search", default="")
    pl.add_argument("--limit", type=A.positive, default=100)
    pl.set_defaults(func=product_list)
    purchase_commands.add_product_commands(p)

    s = sub.add_parser("stock", help="stock levels and movements").add_subparsers(
        dest="stock_command", required=True
    )
    sr = s.add_parser("receive", help="book goods in")
    sr.add_argument("sku")
    sr.add_argument("qty", type=A.quantity)
    sr.add_argument("--location")
    sr.add_argument("--cost", type=A.non_negative_amount)
    sr.set_defaults(func=stock_receive)
    sa = s.add_parser("adjust", help="correct on hand (a count, breakage)")
    sa.add_argument("sku")
    sa.add_argument("delta", type=A.quantity)
    sa.add_argument("--reason", required=True)
    sa.add_argument("--location")
    sa.set_defaults(func=stock_adjust)
    st = s.add_parser("transfer", help="move stock between locations")
    st.add_argument("sku")
    st.add_argument("qty", type=A.quantity)
    st.add_argument("--from", dest="source", required=True)
    st.add_argument("--to", dest="target", required=True)
    st.set_defaults(func=stock_transfer)
    ss = s.add_parser("show", help="on hand, reserved and available per location")
    ss.add_argument("sku", nargs="?")
    ss.add_argument("--low", action="store_true", help="only products below their reorder point")
    ss.set_defaults(func=stock_show)
    sm = s.add_parser("ledger", help="a product's stock movements")
    sm.add_argument("sku")
    sm.set_defaults(func=stock_ledger)
    count_commands.add_stock_commands(s)

    c = sub.add_parser("customer", help="customers").add_subparsers(dest="customer_command", required=True)
    ca = c.add_parser("add", help="add a customer")
    ca.add_argument("--name", required=True)
    ca.add_argument("--phone", default="")
    ca.add_argument("--email", default="")
    ca.add_argument("--address", default="", help="billing address (also used for shipping)")
    ca.add_argument("--shipping-address", default="")
    ca.add_argument("--tier", choices=[t.value for t in PriceTier], default="retail")
    ca.add_argument("--credit-limit", type=A.non_negative_amount, default=None)
    ca.add_argument("--payment-terms-days", type=A.whole, default=None, help="default 30")
    ca.add_argument("--code")
    ca.set_defaults(func=customer_add)
    cl = c.add_parser("list", help="list or search customers")
    cl.add_argument("--search", default="")
    cl.add_argument("--limit", type=A.positive, default=100)
    cl.set_defaults(func=customer_list)
    cs = c.add_parser("show", help="a customer, with the store credit balance")
    cs.add_argument("code")
    cs.set_defaults(func=customer_show)
    cc = c.add_parser("credit", help="a customer's store credit: balance and moves; --expire writes some off")
    cc.add_argument("code")
    cc.add_argument("--expire", type=A.amount, metavar="AMOUNT", help="write off this much (a manager's)")
    cc.add_argument("--reason", default="")
    cc.set_defaults(func=customer_credit)
    account_commands.add_customer(c)
    customer_commands.add_customer(c)


def product_add(ctx: Context) -> int:
    a = ctx.args
    data = ProductInput(
        sku=a.sku,
        name=a.name,
        price=a.price,
        barcode=a.barcode,
        cost=a.cost if a.cost is not None else Decimal("0"),
        tax_rate_bp=a.tax_rate,
        reorder_point=a.reorder_point,
        wholesale_price=a.wholesale_price,
        unit=a.unit,
        allow_backorder=a.allow_backorder,
        decimals=a.decimals,
    )
    ctx.show(catalogue.add_product(ctx.uow, data).value)
    return 0


def product_list(ctx: Context) -> int:
    items = product_search.search_products(ctx.uow, ctx.args.search, limit=ctx.args.limit)
    ctx.show(
        items,
        ["SKU", "Barcode", "Name", "Price", "Tax %", "On hand", "Available", "On order"],
        [[p.sku, p.barcode, p.name, p.price, p.tax_rate, p.on_hand, p.available, p.on_order] for p in items],
    )
    return 0


def _levels(ctx: Context, levels: list) -> None:
    ctx.show(
        levels,
        ["SKU", "Name", "Location", "On hand", "Reserved", "Available", "On order", "Reorder at"],
        [
            [
                lv.sku,
                lv.name,
                lv.location_code,
                lv.on_hand,
                lv.reserved,
                lv.available,
                lv.on_order,
                lv.reorder_point,
            ]
            for lv in levels
        ],
    )


def stock_receive(ctx: Context) -> int:
    a = ctx.args
    _levels(ctx, [inventory.receive(ctx.uow, a.sku, a.qty, location=a.location, unit_cost=a.cost).value])
    return 0


def stock_adjust(ctx: Context) -> int:
    a = ctx.args
    _levels(ctx, [inventory.adjust(ctx.uow, a.sku, a.delta, reason=a.reason, location=a.location).value])
    return 0


def stock_transfer(ctx: Context) -> int:
    a = ctx.args
    _levels(ctx, inventory.transfer(ctx.uow, a.sku, a.qty, source=a.source, target=a.target).value)
    return 0


def stock_show(ctx: Context) -> int:
    _levels(ctx, inventory.stock_levels(ctx.uow, ctx.args.sku, low_only=ctx.args.low))
    return 0


def stock_ledger(ctx: Context) -> int:
    rows = inventory.movements(ctx.uow, ctx.args.sku)
    ctx.show(
        rows,
        ["When", "Location", "Kind", "Qty", "Unit cost", "Order", "Reason", "User"],
        [
            [m.at, m.location_code, m.kind, m.quantity, m.unit_cost, m.order_number, m.reason, m.user]
            for m in rows
        ],
    )
    return 0


def customer_add(ctx: Context) -> int:
    a = ctx.args
    data = CustomerInput(
        name=a.name,
        phone=a.phone,
        email=a.email,
        billing_address=a.address,
        shipping_address=a.shipping_address,
        price_tier=PriceTier(a.tier),
        code=a.code,
        payment_terms_days=a.payment_terms_days,
        **({"credit_limit": a.credit_limit} if a.credit_limit is not None else {}),
    )
    customer_commands.show_saved(ctx, customers.add_customer(ctx.uow, data).value)
    return 0


def customer_show(ctx: Context) -> int:
    ctx.show(customers.get_customer(ctx.uow, ctx.args.code))
    return 0


def customer_credit(ctx: Context) -> int:
    a = ctx.args
    if a.expire is not None:
        found = store_credit.expire(ctx.uow, a.code, a.expire, a.reason).value
    else:
        found = store_credit.statement(ctx.uow, a.code)
    if ctx.json:
        ctx.show(found)
        return 0
    print(f"{found.code} {found.name}: store credit {found.balance}")
    output.table(
        ["When", "Kind", "Amount", "Document", "Note", "User"],
        [[m.at, m.kind, m.amount, m.document, m.note, m.user] for m in found.moves],
    )
    return 0


def customer_list(ctx: Context) -> int:
    items = customers.search_customers(ctx.uow, ctx.args.search, limit=ctx.args.limit)
    ctx.show(
        items,
        ["Code", "Name", "Phone", "Tier", "Email"],
        [[c.code, c.name, c.phone, c.price_tier, c.email] for c in items],
    )
    return 0
