"""report receivables, customer pay and customer terms: what customers owe, and what they pay on account."""

import argparse

from oms_desktop.cli import arguments as A
from oms_desktop.cli import output
from oms_desktop.cli.context import Context
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.payment import CHOOSABLE_METHODS
from oms_desktop.services import account_payments, customers, receivables
from oms_desktop.services.receivables import BUCKET_WORDS, BUCKETS


def add_report(r: argparse._SubParsersAction) -> None:
    """Under `report`."""
    p = r.add_parser("receivables", help="what each customer owes, aged by days past due")
    p.add_argument("--as-of", type=A.day, metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--customer", metavar="CODE")
    p.add_argument("--orders", action="store_true", help="list the open orders under each customer")
    p.set_defaults(func=report_receivables)


def add_customer(c: argparse._SubParsersAction) -> None:
    """Under `customer`."""
    p = c.add_parser("pay", help="a payment on account, shared over the oldest open orders (or --order)")
    p.add_argument("code")
    p.add_argument("--amount", type=A.amount, required=True)
    p.add_argument("--method", choices=[m.value for m in CHOOSABLE_METHODS], default="bank_transfer")
    p.add_argument("--order", dest="orders", action="append", default=[], metavar="NUMBER", help="repeatable")
    p.add_argument("--reference", default="", help="the bank's reference, a cheque number")
    p.set_defaults(func=customer_pay)
    t = c.add_parser("terms", help="a customer's payment terms (days) and credit limit")
    t.add_argument("code")
    t.add_argument("--days", type=A.whole, help="payment terms in days (0 to 365)")
    t.add_argument("--credit-limit", type=A.non_negative_amount)
    t.set_defaults(func=customer_terms)


def report_receivables(ctx: Context) -> int:
    a = ctx.args
    found = receivables.receivables(ctx.uow, as_of=a.as_of, customer=a.customer)
    if ctx.json:
        ctx.show(found)
        return 0
    count = len(found.customers)
    who = "1 customer" if count == 1 else f"{count} customers"
    print(f"Receivables as of {found.as_of.isoformat()}: {found.total} owed by {who}")
    headers = ["Code", "Customer", "Terms", "Limit", "Balance", *[BUCKET_WORDS[b] for b in BUCKETS]]
    rows = [
        [c.code, c.name[:30], c.terms_days, c.credit_limit, c.balance, *[c.buckets[b] for b in BUCKETS]]
        for c in found.customers
    ]
    rows.append(["", "Total", "", "", found.total, *[found.totals[b] for b in BUCKETS]])
    output.table(headers, rows)
    if a.orders:
        for c in found.customers:
            print(f"\n{c.code} {c.name}")
            output.table(
                ["Order", "Day", "Due", "Days late", "Due amount", "Paid", "Owed", "Bucket"],
                [
                    [
                        o.number,
                        o.day,
                        o.due,
                        max(o.days_late, 0),
                        o.total,
                        o.paid,
                        o.balance,
                        BUCKET_WORDS[o.bucket],
                    ]
                    for o in c.orders
                ],
            )
    return 0


def customer_pay(ctx: Context) -> int:
    a = ctx.args
    done = account_payments.pay_on_account(
        ctx.uow, a.code, a.amount, PaymentMethod(a.method), orders=a.orders, reference=a.reference
    ).value
    if ctx.json:
        ctx.show(done)
        return 0
    print(f"{done.customer}: {done.amount} by {done.method.replace('_', ' ')}")
    output.table(["Order", "Paid"], [[s.number, s.amount] for s in done.shares])
    print(f"still owed: {done.balance_after}")
    return 0


def customer_terms(ctx: Context) -> int:
    a = ctx.args
    ctx.show(customers.set_terms(ctx.uow, a.code, days=a.days, credit_limit=a.credit_limit).value)
    return 0
