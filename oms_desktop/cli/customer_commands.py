"""customer edit and customer merge, and the warning a saved customer gets when another has the same phone or
e-mail (customer add prints it too)."""

import argparse
import sys

from oms_desktop.cli import output
from oms_desktop.cli.context import Context
from oms_desktop.domain import PriceTier
from oms_desktop.domain.messages import english
from oms_desktop.services import customer_merge, customers
from oms_desktop.services.customer_merge import MergePlan
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.records import CustomerRecord


def add_customer(c: argparse._SubParsersAction) -> None:
    """Under `customer`."""
    e = c.add_parser(
        "edit", help="change a customer's contact data, addresses or price tier (what is not given stays)"
    )
    e.add_argument("code")
    e.add_argument("--name")
    e.add_argument("--phone")
    e.add_argument("--email")
    e.add_argument("--address", help="billing address")
    e.add_argument("--shipping-address")
    e.add_argument("--tier", choices=[t.value for t in PriceTier])
    e.add_argument("--notes")
    e.set_defaults(func=customer_edit)
    m = c.add_parser(
        "merge",
        help="fold a duplicate customer (DROP) into another (KEEP): orders, balance and store credit move",
        description="Everything of DROP moves to KEEP: orders (with their payments), returns, store credit and "
        "parked sales; KEEP's empty phone, e-mail and addresses are filled from DROP; KEEP's credit limit and "
        "payment terms stay. DROP's code is refused afterwards. A manager's action (--approve-by).",
    )
    m.add_argument("keep", metavar="KEEP", help="the code of the customer kept")
    m.add_argument("drop", metavar="DROP", help="the code of the duplicate merged into KEEP")
    m.set_defaults(func=customer_merge_command)


def show_saved(ctx: Context, saved: CustomerRecord) -> None:
    """The saved customer; another customer with the same phone or e-mail is one warning line (standard
    error), or the `warning` of the JSON. Saved all the same: a family shares a phone."""
    others = customers.same_contact(ctx.uow, saved.code)
    warning = (
        english("customer_same_contact", {"customers": ", ".join(f"{o.code} {o.name}" for o in others)})
        if others
        else None
    )
    if ctx.json:
        same = [{"code": o.code, "name": o.name} for o in others]
        output.print_json({**output.plain(saved), "warning": warning, "same_contact": same})
        return
    ctx.show(saved)
    if warning:
        print(f"oms-desktop: warning: {warning}", file=sys.stderr)


def customer_edit(ctx: Context) -> int:
    a = ctx.args
    now = customers.get_customer(ctx.uow, a.code)

    def given(value: str | None, current: str) -> str:
        return current if value is None else value

    shipping = now.shipping_address if now.shipping_address != now.billing_address else ""
    data = CustomerInput(
        name=given(a.name, now.name),
        phone=given(a.phone, now.phone),
        email=given(a.email, now.email),
        billing_address=given(a.address, now.billing_address),
        shipping_address=given(a.shipping_address, shipping),
        price_tier=PriceTier(a.tier or now.price_tier),
        credit_limit=now.credit_limit,  # `customer terms` changes it (a manager's)
        notes=given(a.notes, now.notes),
    )
    show_saved(ctx, customers.update_customer(ctx.uow, a.code, data).value)
    return 0


def _moved(plan: MergePlan) -> str:
    parts = [f"{plan.orders} order{'s' if plan.orders != 1 else ''}"]
    if plan.returns:
        parts.append(f"{plan.returns} return{'s' if plan.returns != 1 else ''}")
    if plan.owed:
        parts.append(f"owed {plan.owed}")
    if plan.store_credit:
        parts.append(f"store credit {plan.store_credit}")
    if plan.parked_sales:
        parts.append(f"{plan.parked_sales} parked sale{'s' if plan.parked_sales != 1 else ''}")
    return ", ".join(parts)


def customer_merge_command(ctx: Context) -> int:
    a = ctx.args
    done = customer_merge.merge_customers(ctx.uow, a.keep, a.drop).value
    if ctx.json:
        output.print_json(done)
        return 0
    keep, drop = done.keep, done.drop
    print(f"{drop.code} {drop.name} merged into {keep.code} {keep.name}: {_moved(done)} moved")
    if done.filled:
        print(f"  filled from {drop.code}: {', '.join(f.replace('_', ' ') for f in done.filled)}")
    if done.terms_differ:
        print(f"  {drop.code}'s orders are now due by {keep.code}'s terms ({keep.payment_terms_days} days)")
    print(f"  {keep.code} now: owed {done.keep_owed}, store credit {keep.store_credit}")
    return 0
