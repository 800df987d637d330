"""What each rule's trigger looks for in the stored state, and what an event says when its rule acts.

The rules are never called from the services that sell: `new_events` scans what is stored, for the events
since the rule was made, leaving out the ones the rule fired for already (its firings' keys):

- order created (of a channel, or any): an order (not a quotation) made since; key created:NUMBER;
- order paid: paid in full by a payment taken since; key paid:NUMBER;
- order overdue N days: services/order_problems.py's "overdue payment" as of N-1 days ago (so it is N days
  or more past its due date, services/receivables.py's rule), and its due date plus N is not before the
  day the rule was made; key overdue:NUMBER;
- paid, not shipped after N hours: order_problems' "paid but not shipped" with N hours, whose moment
  (confirmed and last paid, plus N hours) is not before the rule; key unshipped:NUMBER;
- stock low: services/analytics/stock.low_stock (available below the reorder point, all locations), once
  per product per business day; key stock:SKU:YYYYMMDD;
- stock summary: the same list once a business day, when anything is low; key low-stock:YYYYMMDD;
- till variance: a till session closed since with its count off (by at least the rule's amount); key
  till:ID.

`told` reads the event's words again when its action runs (the first time or a retry): what the order,
product or till is now.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, String, cast, exists, func, literal, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork, day_number
from oms_desktop.domain import Customer, Lifecycle, Order, Payment, PaymentKind, PaymentState, StockLevel
from oms_desktop.domain.automation import Rule, RuleFiring, Trigger, days_of, hours_of, least_variance
from oms_desktop.domain.errors import NotFound
from oms_desktop.domain.messages import Param
from oms_desktop.domain.money import from_minor
from oms_desktop.domain.order import Channel
from oms_desktop.domain.quantity import from_units
from oms_desktop.domain.till import SessionState, TillSession
from oms_desktop.services import lookups
from oms_desktop.services.analytics.stock import low_stock
from oms_desktop.services.order_problems import AsOf, ProblemFinder
from oms_desktop.services.receivables import due_date

NOT_ORDERS = (Lifecycle.QUOTE, Lifecycle.EXPIRED)  # a quotation is not an order (yet)
SUMMARY_NAMES = 5  # the SKUs a low-stock summary names


@dataclass(frozen=True)
class Event:
    key: str  # unique per rule: the rule fires once for it
    subject: str  # the order number, SKU, business day or till session it is about


@dataclass(frozen=True)
class Told:
    """What an event says: a message code with its fields, and where a click on it goes."""

    code: str
    params: dict[str, Param]
    subject_kind: str  # "order", "product" or ""
    subject: str


def _as_day(day: int) -> date:
    return date(day // 10000, day // 100 % 100, day % 100)


def _not_fired(rule: Rule, key: ColumnElement[str]) -> ColumnElement[bool]:
    return ~exists().where(RuleFiring.rule_id == rule.id, RuleFiring.event_key == key)


def _key(prefix: str, column: Any) -> ColumnElement[str]:
    return literal(f"{prefix}:", String) + column


def _unfired(session: Session, rule: Rule, events: list[Event]) -> list[Event]:
    """The events whose keys this rule has not fired for (keys looked up by the unique index)."""
    fired: set[str] = set()
    for chunk in lookups.in_batches([e.key for e in events]):
        fired.update(
            session.scalars(
                select(RuleFiring.event_key).where(
                    RuleFiring.rule_id == rule.id, RuleFiring.event_key.in_(list(chunk))
                )
            )
        )
    return [e for e in events if e.key not in fired]


def new_events(uow: UnitOfWork, rule: Rule, now: datetime) -> list[Event]:
    """The events of `rule` since it was made that it has not fired for, oldest first."""
    with uow.read() as session:
        if rule.trigger is Trigger.ORDER_CREATED:
            return _created(session, rule)
        if rule.trigger is Trigger.ORDER_PAID:
            return _paid(session, rule)
        if rule.trigger is Trigger.ORDER_OVERDUE:
            return _overdue(session, uow, rule, now)
        if rule.trigger is Trigger.PAID_NOT_SHIPPED:
            return _unshipped(session, uow, rule, now)
        if rule.trigger is Trigger.TILL_VARIANCE:
            return _till(session, rule)
        day = day_number(now.astimezone(uow.zone).date())
        if rule.trigger is Trigger.STOCK_LOW:
            rows = low_stock(uow).rows
            return _unfired(session, rule, [Event(f"stock:{r.sku}:{day}", r.sku) for r in rows])
        if rule.trigger is Trigger.STOCK_SUMMARY:
            if low_stock(uow, limit=1).products == 0:
                return []
            return _unfired(session, rule, [Event(f"low-stock:{day}", str(day))])
    raise AssertionError(f"no scan for {rule.trigger}")


def _channel(rule: Rule) -> list[ColumnElement[bool]]:
    return [Order.channel == Channel(rule.trigger_value)] if rule.trigger_value else []


def _created(session: Session, rule: Rule) -> list[Event]:
    key = _key("created", Order.number)
    rows = session.scalars(
        select(Order.number)
        .where(
            Order.created_at >= rule.created_at,
            Order.lifecycle.not_in(NOT_ORDERS),
            *_channel(rule),
            _not_fired(rule, key),
        )
        .order_by(Order.created_at, Order.id)
    )
    return [Event(f"created:{n}", n) for n in rows]


def _paid(session: Session, rule: Rule) -> list[Event]:
    key = _key("paid", Order.number)
    paid_since = exists().where(
        Payment.order_id == Order.id,
        Payment.kind == PaymentKind.PAYMENT,
        Payment.created_at >= rule.created_at,
    )
    rows = session.scalars(
        select(Order.number)
        .where(
            Order.payment_state == PaymentState.PAID,
            Order.lifecycle.not_in(NOT_ORDERS),
            *_channel(rule),
            paid_since,
            _not_fired(rule, key),
        )
        .order_by(Order.id)
    )
    return [Event(f"paid:{n}", n) for n in rows]


def _overdue(session: Session, uow: UnitOfWork, rule: Rule, now: datetime) -> list[Event]:
    days = days_of(rule)
    # Overdue as of N-1 days ago: due before that day, so N days or more past its due date today.
    finder = ProblemFinder(session, AsOf(now - timedelta(days=days - 1), uow.zone))
    made = rule.created_at.astimezone(uow.zone).date()
    key = _key("overdue", Order.number)
    rows = session.execute(
        select(Order.number, Order.business_day, Customer.payment_terms_days)
        .join(Customer, Customer.id == Order.customer_id)
        .where(finder.overdue_payment(), _not_fired(rule, key))
        .order_by(Order.business_day, Order.id)
    )
    return [
        Event(f"overdue:{number}", number)
        for number, placed, terms in rows
        if due_date(_as_day(placed), terms) + timedelta(days=days) >= made
    ]


def _unshipped(session: Session, uow: UnitOfWork, rule: Rule, now: datetime) -> list[Event]:
    after = timedelta(hours=hours_of(rule))
    finder = ProblemFinder(session, AsOf(now, uow.zone))
    key = _key("unshipped", Order.number)
    found = session.execute(
        select(Order.id, Order.number, Order.confirmed_at)
        .where(finder.paid_not_shipped(after), _not_fired(rule, key))
        .order_by(Order.id)
    ).all()
    last_paid = _last_payments(session, [oid for oid, _, _ in found])
    events = []
    for oid, number, confirmed in found:
        moments = [m for m in (confirmed, last_paid.get(oid)) if m is not None]
        if moments and max(moments) + after >= rule.created_at:
            events.append(Event(f"unshipped:{number}", number))
    return events


def _last_payments(session: Session, ids: Iterable[int]) -> dict[int, datetime]:
    last: dict[int, datetime] = {}
    for chunk in lookups.in_batches(sorted(ids)):
        rows = session.execute(
            select(Payment.order_id, func.max(Payment.created_at))
            .where(Payment.order_id.in_(list(chunk)), Payment.kind == PaymentKind.PAYMENT)
            .group_by(Payment.order_id)
        )
        # max() over a UtcDateTime column comes back as the database's naive value: read it as UTC.
        last.update({oid: _utc(at) for oid, at in rows if at is not None})
    return last


def _utc(value: datetime | str) -> datetime:
    if isinstance(value, str):  # SQLite hands an aggregate back as text
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _till(session: Session, rule: Rule) -> list[Event]:
    least = int(least_variance(rule) * 100)
    key = _key("till", cast(TillSession.id, String))
    rows = session.scalars(
        select(TillSession.id)
        .where(
            TillSession.state == SessionState.CLOSED,
            TillSession.closed_at >= rule.created_at,
            TillSession.counted_minor.is_not(None),
            TillSession.expected_minor.is_not(None),
            func.abs(TillSession.counted_minor - TillSession.expected_minor) >= least,
            _not_fired(rule, key),
        )
        .order_by(TillSession.id)
    )
    return [Event(f"till:{sid}", str(sid)) for sid in rows]


# --- what an event says -------------------------------------------------------------------------------


def told(session: Session, uow: UnitOfWork, rule: Rule, subject: str, now: datetime) -> Told:
    """The event's message as of now (its order, product or till read again)."""
    trigger = rule.trigger
    if trigger is Trigger.STOCK_LOW:
        return _product_told(session, subject)
    if trigger is Trigger.STOCK_SUMMARY:
        low = low_stock(uow, limit=SUMMARY_NAMES)
        names = ", ".join(r.sku for r in low.rows) + (", …" if low.products > len(low.rows) else "")
        return Told("rule_stock_summary", {"count": low.products, "skus": names or "-"}, "product", "")
    if trigger is Trigger.TILL_VARIANCE:
        till = session.get(TillSession, int(subject))
        if till is None:
            raise NotFound("rule_till_missing", number=int(subject))
        variance = from_minor((till.counted_minor or 0) - (till.expected_minor or 0))
        return Told(
            "rule_till_variance", {"till": till.till, "variance": variance, "z": till.z_number or 0}, "", ""
        )
    order = lookups.order_by_number(session, subject)
    total = from_minor(order.total_minor)
    if trigger is Trigger.ORDER_CREATED:
        return Told(
            "rule_order_created",
            {"channel": order.channel.value, "order": order.number, "total": total},
            "order",
            order.number,
        )
    if trigger is Trigger.ORDER_PAID:
        return Told("rule_order_paid", {"order": order.number, "total": total}, "order", order.number)
    if trigger is Trigger.ORDER_OVERDUE:
        terms = order.customer.payment_terms_days if order.customer is not None else 0
        due = due_date(_as_day(order.business_day), terms)
        today = now.astimezone(uow.zone).date()
        owed = from_minor(order.total_minor - order.returned_minor - order.paid_minor)
        return Told(
            "rule_order_overdue",
            {
                "order": order.number,
                "customer": order.customer.name if order.customer is not None else "-",
                "days": (today - due).days,
                "due": due.isoformat(),
                "owed": owed,
            },
            "order",
            order.number,
        )
    paid = _last_payments(session, [order.id]).get(order.id)
    moments = [m for m in (order.confirmed_at, paid) if m is not None]
    hours = int((now - max(moments)).total_seconds() // 3600) if moments else 0
    return Told("rule_paid_not_shipped", {"order": order.number, "hours": hours}, "order", order.number)


def _product_told(session: Session, sku: str) -> Told:
    product = lookups.product_by_code(session, sku)
    on_hand, reserved = session.execute(
        select(
            func.coalesce(func.sum(StockLevel.on_hand), 0), func.coalesce(func.sum(StockLevel.reserved), 0)
        ).where(StockLevel.product_id == product.id)
    ).one()
    available = from_units(int(on_hand) - int(reserved), product.decimals)
    point = from_units(product.reorder_point, product.decimals)
    return Told(
        "rule_stock_low",
        {
            "sku": product.sku,
            "name": product.name,
            "available": Decimal(str(available)),
            "point": Decimal(str(point)),
        },
        "product",
        product.sku,
    )
