"""A customer's statement of account for a period FROM..TO (StatementView): what they owed when it began,
each order on account (a debit) and each payment and return (a credit) in it by day with the balance after
each, what they owed when it ended and that balance's ageing. No Qt, no reportlab: the PDF
(documents/statement.py), the window and the CLI all print this.

It agrees with `receivables` to the cent by construction: an order's part of the balance at the end of a
day is the receivables rule (what is due for the goods kept less what was paid, never below zero, counted
from the day the order was both taken and confirmed); each line's amount is how much that event moved it.
So a payment of money already owed moves it by its amount, a return moves it by the goods' value unless
part of that was paid already and went back (then only by what was still owed), and money given back
without goods (a refund) is no debt and moves nothing. An order that owed nothing at the end of every day
(a sale paid at the counter) is no part of the account and is left out. Opening, closing and ageing are
`receivables` itself, as of the day before FROM and as of TO.
"""

import enum
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork, day_number
from oms_desktop.domain import Order, Payment, PaymentKind, SaleReturn
from oms_desktop.domain.money import from_minor
from oms_desktop.services import lookups, receivables
from oms_desktop.services.customers import customer_record
from oms_desktop.services.periods import Period, local_zone
from oms_desktop.services.receivables import BUCKETS, HELD, OpenOrder
from oms_desktop.services.records import CustomerRecord


class LineKind(enum.StrEnum):
    ORDER = "order"  # goods on account: a debit
    PAYMENT = "payment"  # a credit
    RETURN = "return"  # goods back: a credit


@dataclass(frozen=True)
class StatementLine:
    day: date
    kind: LineKind
    order: str  # the order's number
    document: str  # the order's number, or the return's (RT-...); a payment's reference when it has one
    method: str  # a payment's method ("bank_transfer"); empty otherwise
    due: date | None  # an order's due date
    debit: Decimal
    credit: Decimal
    balance: Decimal  # what the customer owes after this line


@dataclass(frozen=True)
class StatementView:
    customer: CustomerRecord
    period: Period
    opening: Decimal  # owed at the end of the day before FROM
    lines: list[StatementLine]
    closing: Decimal  # owed at the end of TO
    ageing: dict[str, Decimal]  # the closing balance by days past due as of TO (receivables.BUCKETS)
    open_orders: list[OpenOrder] = field(default_factory=list)  # what the closing balance is made of

    @property
    def debits(self) -> Decimal:
        return sum((ln.debit for ln in self.lines), Decimal("0.00"))

    @property
    def credits(self) -> Decimal:
        return sum((ln.credit for ln in self.lines), Decimal("0.00"))


@dataclass
class _Event:
    day: date
    at: datetime  # the moment, to order a day's events (the order itself comes first on its day)
    kind: LineKind
    document: str
    method: str
    amount: int  # minor units: + what the order costs, - a payment or the goods' value returned


def statement(uow: UnitOfWork, code: str, period: Period) -> StatementView:
    """The statement of the customer `code` for `period` (both days included, in the shop's zone)."""
    before = period.start - timedelta(days=1)
    opening = receivables.receivables(uow, as_of=before, customer=code)
    closing = receivables.receivables(uow, as_of=period.end, customer=code)
    zone = uow.zone or local_zone()
    _, end = Period(period.end, period.end).utc_bounds(zone)
    with uow.read() as session:
        person = lookups.customer_by_code(session, code)
        record = customer_record(person)
        terms = timedelta(days=person.payment_terms_days)
        timelines = _timelines(session, person.id, day_number(period.end), end, zone)
    lines: list[StatementLine] = []
    balance = _owed(opening)
    for number, (events, placed) in timelines.items():
        for day, event, moved in _moves(events, period.end):
            if moved == 0 or day < period.start:
                continue
            due = placed + terms if event.kind is LineKind.ORDER else None
            lines.append(_line(day, event, number, due, moved))
    lines.sort(key=lambda ln: (ln.day, _ORDER_OF[ln.kind], ln.order, ln.document))
    dated: list[StatementLine] = []
    for ln in lines:
        balance += ln.debit - ln.credit
        dated.append(_with_balance(ln, balance))
    owed = closing.customers[0] if closing.customers else None
    return StatementView(
        customer=record,
        period=period,
        opening=_owed(opening),
        lines=dated,
        closing=_owed(closing),
        ageing=dict(owed.buckets) if owed else dict.fromkeys(BUCKETS, Decimal("0.00")),
        open_orders=list(owed.orders) if owed else [],
    )


_ORDER_OF = {LineKind.ORDER: 0, LineKind.PAYMENT: 1, LineKind.RETURN: 2}


def _owed(found: receivables.Receivables) -> Decimal:
    return found.customers[0].balance if found.customers else Decimal("0.00")


def _line(day: date, event: _Event, number: str, due: date | None, moved: int) -> StatementLine:
    amount = from_minor(abs(moved))
    zero = Decimal("0.00")
    return StatementLine(
        day=day,
        kind=event.kind,
        order=number,
        document=event.document,
        method=event.method,
        due=due,
        debit=amount if moved > 0 else zero,
        credit=amount if moved < 0 else zero,
        balance=zero,
    )


def _with_balance(line: StatementLine, balance: Decimal) -> StatementLine:
    return StatementLine(
        line.day,
        line.kind,
        line.order,
        line.document,
        line.method,
        line.due,
        line.debit,
        line.credit,
        balance,
    )


def _moves(events: list[_Event], last: date) -> list[tuple[date, _Event, int]]:
    """Each event with how much it moved what the order owes (never below zero); nothing when the order
    owed nothing at the end of every day up to `last`."""
    owed_raw = 0  # due less paid, which may go below zero (paid, then goods back)
    moved: list[tuple[date, _Event, int]] = []
    owed_at_a_day_end = False
    events = sorted(events, key=lambda e: (e.day, e.kind is not LineKind.ORDER, e.at, e.document))
    for i, event in enumerate(events):
        before = max(owed_raw, 0)
        owed_raw += event.amount
        moved.append((event.day, event, max(owed_raw, 0) - before))
        day_ends = i + 1 == len(events) or events[i + 1].day != event.day
        if day_ends and event.day <= last and owed_raw > 0:
            owed_at_a_day_end = True
    return moved if owed_at_a_day_end else []


def _timelines(
    session: Session, customer_id: int, last_day: int, end: datetime, zone: tzinfo
) -> dict[str, tuple[list[_Event], date]]:
    """Per order of the customer (held, confirmed by `end`, taken by `last_day`): its events up to `end`
    dated in the shop's `zone`, and the order's day (its due date is counted from it). Events before the
    order counts (taken and confirmed) count on that day, as receivables counts them."""
    orders = session.execute(
        select(Order.id, Order.number, Order.business_day, Order.confirmed_at, Order.total_minor).where(
            Order.customer_id == customer_id,
            Order.lifecycle.in_(HELD),
            Order.confirmed_at.is_not(None),
            Order.confirmed_at < end,
            Order.business_day <= last_day,
        )
    ).all()
    ids = [row.id for row in orders]
    if not ids:
        return {}
    starts: dict[int, date] = {}
    events: dict[int, list[_Event]] = defaultdict(list)
    for oid, number, business_day, confirmed_at, total in orders:
        placed = _as_date(business_day)
        confirmed = confirmed_at or end  # never None here: the query asks for confirmed orders
        starts[oid] = max(placed, confirmed.astimezone(zone).date())
        events[oid].append(_Event(starts[oid], confirmed, LineKind.ORDER, number, "", total))
    for oid, at, amount, method, reference in session.execute(
        select(Payment.order_id, Payment.created_at, Payment.amount_minor, Payment.method, Payment.reference)
        .where(Payment.order_id.in_(ids), Payment.kind == PaymentKind.PAYMENT, Payment.created_at < end)
        .order_by(Payment.created_at, Payment.id)
    ):
        day = max(at.astimezone(zone).date(), starts[oid])
        events[oid].append(_Event(day, at, LineKind.PAYMENT, reference, str(method.value), -amount))
    for oid, number, business_day, at, amount in session.execute(
        select(
            SaleReturn.order_id,
            SaleReturn.number,
            SaleReturn.business_day,
            SaleReturn.created_at,
            SaleReturn.total_minor,
        )
        .where(SaleReturn.order_id.in_(ids), SaleReturn.business_day <= last_day)
        .order_by(SaleReturn.created_at, SaleReturn.id)
    ):
        day = max(_as_date(business_day), starts[oid])
        events[oid].append(_Event(day, at, LineKind.RETURN, number, "", -amount))
    return {number: (events[oid], _as_date(business_day)) for oid, number, business_day, _, _ in orders}


def _as_date(day: int) -> date:
    return date(day // 10000, day // 100 % 100, day % 100)
