"""What customers owe: each order on account with its due date and how late it is, a customer's balance and
its ageing, as of any day; and a payment on account shared over the oldest open orders first.

An order is on account when it was confirmed for a customer and is not fully paid (payment state unpaid or
partly paid); it is due its day (the business day it was taken) plus the customer's payment terms. As of a
day, what it owes is what is due for the goods kept (returns of that day or before taken off) less the
payments made by the end of that day (refunds of money taken off them).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork, day_number
from oms_desktop.domain import Customer, Lifecycle, Order, Payment, PaymentKind, PaymentState, SaleReturn
from oms_desktop.domain.money import from_minor
from oms_desktop.services import lookups
from oms_desktop.services.periods import Period

BUCKETS = ("not_due", "days_1_30", "days_31_60", "days_61_90", "over_90")
BUCKET_WORDS = {
    "not_due": "Not yet due",
    "days_1_30": "1-30 days",
    "days_31_60": "31-60 days",
    "days_61_90": "61-90 days",
    "over_90": "Over 90 days",
}
ON_ACCOUNT = (PaymentState.UNPAID, PaymentState.PARTIAL)
HELD = (Lifecycle.OPEN, Lifecycle.COMPLETED)


def due_date(placed: date, terms_days: int) -> date:
    """When an order on account is due: its day (the business day it was taken) plus the payment terms."""
    return placed + timedelta(days=terms_days)


def late_if_placed_before(as_of: date, terms_days: int) -> date:
    """The day before which an order on account with these terms is past its due date on `as_of` (due_date
    turned round, for a query: placed before it, due before `as_of`)."""
    return as_of - timedelta(days=terms_days)


def bucket_for(days_late: int) -> str:
    """The ageing bucket of an amount `days_late` days past its due date (0 or less: not yet due)."""
    if days_late <= 0:
        return "not_due"
    if days_late <= 30:
        return "days_1_30"
    if days_late <= 60:
        return "days_31_60"
    if days_late <= 90:
        return "days_61_90"
    return "over_90"


@dataclass(frozen=True)
class OpenOrder:
    number: str
    day: date  # the order's day
    due: date
    days_late: int  # past the due date as of the report's day (0 or less: not yet due)
    total: Decimal  # due for the goods kept
    paid: Decimal
    balance: Decimal
    bucket: str


@dataclass(frozen=True)
class CustomerBalance:
    code: str
    name: str
    terms_days: int
    credit_limit: Decimal
    balance: Decimal
    buckets: dict[str, Decimal]
    orders: list[OpenOrder] = field(default_factory=list)


@dataclass(frozen=True)
class Receivables:
    as_of: date
    customers: list[CustomerBalance]
    totals: dict[str, Decimal]

    @property
    def total(self) -> Decimal:
        return sum(self.totals.values(), Decimal("0.00"))


def _as_date(day: int) -> date:
    return date(day // 10000, day // 100 % 100, day % 100)


def receivables(uow: UnitOfWork, *, as_of: date | None = None, customer: str | None = None) -> Receivables:
    """Per customer with something owed as of the end of `as_of` (default today), the balance and its
    ageing, with the orders behind it oldest first."""
    day = as_of or _as_date(uow.business_day())
    _, end = Period(day, day).utc_bounds(uow.zone)
    with uow.read() as session:
        rows = _open_orders(
            session, day_number(day), end, customer, today=day >= _as_date(uow.business_day())
        )
        by_customer: dict[int, list[tuple[Order, Customer, int, int]]] = defaultdict(list)
        for order, person, due_minor, paid_minor in rows:
            by_customer[person.id].append((order, person, due_minor, paid_minor))
        found: list[CustomerBalance] = []
        totals = dict.fromkeys(BUCKETS, Decimal("0.00"))
        for entries in by_customer.values():
            person = entries[0][1]
            buckets = dict.fromkeys(BUCKETS, Decimal("0.00"))
            orders: list[OpenOrder] = []
            for order, _, due_minor, paid_minor in sorted(
                entries, key=lambda e: (e[0].business_day, e[0].id)
            ):
                owed = due_minor - paid_minor
                if owed <= 0:
                    continue
                placed = _as_date(order.business_day)
                due = due_date(placed, person.payment_terms_days)
                late = (day - due).days
                bucket = bucket_for(late)
                buckets[bucket] += from_minor(owed)
                orders.append(
                    OpenOrder(
                        order.number,
                        placed,
                        due,
                        late,
                        from_minor(due_minor),
                        from_minor(paid_minor),
                        from_minor(owed),
                        bucket,
                    )
                )
            if not orders:
                continue
            for name, amount in buckets.items():
                totals[name] += amount
            found.append(
                CustomerBalance(
                    code=person.code,
                    name=person.name,
                    terms_days=person.payment_terms_days,
                    credit_limit=from_minor(person.credit_limit_minor),
                    balance=sum(buckets.values(), Decimal("0.00")),
                    buckets=buckets,
                    orders=orders,
                )
            )
    found.sort(key=lambda c: (-c.balance, c.code))
    return Receivables(day, found, totals)


def _open_orders(
    session: Session, day: int, end: datetime, customer: str | None, today: bool
) -> list[tuple[Order, Customer, int, int]]:
    """Orders on account taken by `day`, with what is due for the goods kept and what was paid by `end`."""
    paid = (
        select(
            Payment.order_id,
            func.sum(Payment.amount_minor).label("paid"),
        )
        .where(Payment.kind == PaymentKind.PAYMENT, Payment.created_at < end)
        .group_by(Payment.order_id)
        .subquery()
    )
    returned = (
        select(SaleReturn.order_id, func.sum(SaleReturn.total_minor).label("back"))
        .where(SaleReturn.business_day <= day)
        .group_by(SaleReturn.order_id)
        .subquery()
    )
    query = (
        select(
            Order,
            Customer,
            Order.total_minor - func.coalesce(returned.c.back, 0),
            func.coalesce(paid.c.paid, 0),
        )
        .join(Customer, Customer.id == Order.customer_id)
        .outerjoin(paid, paid.c.order_id == Order.id)
        .outerjoin(returned, returned.c.order_id == Order.id)
        .where(
            Order.lifecycle.in_(HELD),
            Order.confirmed_at.is_not(None),
            Order.confirmed_at < end,
            Order.business_day <= day,
            func.coalesce(paid.c.paid, 0) < Order.total_minor - func.coalesce(returned.c.back, 0),
        )
    )
    if today:
        # What is unpaid now is all that can be owed today: the payment state's index narrows it at once.
        query = query.where(Order.payment_state.in_(ON_ACCOUNT))
    if customer:
        query = query.where(Customer.id == lookups.customer_by_code(session, customer).id)
    return [(o, c, int(d), int(p)) for o, c, d, p in session.execute(query)]
