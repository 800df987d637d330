"""Orders with a problem: the Orders page's Problems view, `order list --problems`, and what one order's
detail says is wrong with it.

A problem is what someone must look at before an order can go on:

- held: someone stopped it (services/holds.py);
- overdue_payment: on account and past its due date (services/receivables.py's rule: the order's day plus
  the customer's payment terms), with something still owed;
- backordered: confirmed and waiting for goods (services/backorders.py);
- paid_not_shipped: paid in full and still not shipped `ShopSettings.paid_unshipped_days` days after it was
  confirmed and last paid (default 3);
- no_address: a phone, wholesale or online order still to be confirmed, packed or shipped whose ship-to
  cannot be sent to (domain/ship_to.py): confirming, packing or shipping it would be refused.

`ProblemFinder.condition()` is one WHERE for the order list, so the Problems view stays paged and sorted in
SQL like every other filter; `ProblemFinder.of(ids)` says which problems each listed order has.
"""

import enum
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, exists, false, or_, select
from sqlalchemy.orm import Session, aliased

from oms_desktop.db.uow import UnitOfWork, day_number, utc_now
from oms_desktop.domain import Channel, Customer, Lifecycle, Order, Payment, PaymentKind, PaymentState
from oms_desktop.domain.money import from_minor
from oms_desktop.domain.order import FulfilmentState, HoldState, Status
from oms_desktop.domain.order_workflow import HOLDING, status_of
from oms_desktop.domain.ship_to import NEEDS_SHIP_TO, lacks, parts_field
from oms_desktop.services import backorders, lookups
from oms_desktop.services.receivables import HELD, ON_ACCOUNT, due_date, late_if_placed_before
from oms_desktop.services.settings import paid_unshipped_days


class Problem(enum.StrEnum):
    HELD = "held"
    OVERDUE_PAYMENT = "overdue_payment"
    BACKORDERED = "backordered"
    PAID_NOT_SHIPPED = "paid_not_shipped"
    NO_ADDRESS = "no_address"


# The command line's words (the window has its own, translated: gui/labels.problem).
WORDS = {
    Problem.HELD: "on hold",
    Problem.OVERDUE_PAYMENT: "payment overdue",
    Problem.BACKORDERED: "backordered",
    Problem.PAID_NOT_SHIPPED: "paid not shipped",
    Problem.NO_ADDRESS: "no address",
}


@dataclass(frozen=True)
class AsOf:
    """When the problems are looked for: the moment, and the shop's zone for what day it is."""

    now: datetime
    zone: tzinfo | None = None

    @property
    def today(self) -> date:
        return self.now.astimezone(self.zone).date()

    @classmethod
    def of(cls, uow: UnitOfWork) -> "AsOf":
        return cls(uow.now(), uow.zone)

    @classmethod
    def wall_clock(cls) -> "AsOf":
        return cls(utc_now())


@dataclass(frozen=True)
class OrderProblems:
    """One order's problems with what the detail says about each."""

    number: str
    problems: tuple[Problem, ...]
    due: date | None = None  # overdue: when it was due
    owed: Decimal | None = None  # overdue: what is still owed
    paid_days: int | None = None  # paid, not shipped: whole days since it was confirmed and last paid
    missing: str = ""  # no address: what the ship-to lacks ("address,phone", domain/ship_to.parts_field)


def _statuses(
    lifecycles: Iterable[Lifecycle], payments: Iterable[PaymentState], fulfilments: Iterable[FulfilmentState]
) -> list[Status]:
    """The status words these states can show (order_workflow.status_of): the status index narrows a
    condition on the states to the few orders that can meet it."""
    return sorted({status_of(lc, p, f) for lc in lifecycles for p in payments for f in fulfilments})


# An order still to be confirmed, packed or shipped: where the ship-to rule applies.
_WAITS_TO_GO = and_(
    Order.status.in_(
        _statuses([Lifecycle.DRAFT], PaymentState, [FulfilmentState.UNFULFILLED])
        + _statuses([Lifecycle.OPEN], PaymentState, HOLDING)
    ),
    or_(
        Order.lifecycle == Lifecycle.DRAFT,
        and_(Order.lifecycle == Lifecycle.OPEN, Order.fulfilment_state.in_(HOLDING)),
    ),
)


class ProblemFinder:
    """The problems as of a moment, read in one session (the setting and the terms are read once)."""

    def __init__(self, session: Session, when: AsOf | None = None) -> None:
        self.session = session
        self.when = when or AsOf.wall_clock()
        self.days = paid_unshipped_days(session)

    # --- each problem as a condition on orders -------------------------------------------------------

    def held(self) -> ColumnElement[bool]:
        return Order.hold_state == HoldState.HELD

    def overdue_payment(self) -> ColumnElement[bool]:
        """On account (receivables.py: confirmed, open or completed, not fully paid), with a balance, and
        placed before the day its customer's terms make it late."""
        today = self.when.today
        terms = sorted(self.session.scalars(select(Customer.payment_terms_days).distinct()))
        if not terms:
            return false()
        person = aliased(Customer)
        late = exists().where(
            person.id == Order.customer_id,
            or_(
                *(
                    and_(
                        person.payment_terms_days == days,
                        Order.business_day < day_number(late_if_placed_before(today, days)),
                    )
                    for days in terms
                )
            ),
        )
        return and_(
            Order.payment_state.in_(ON_ACCOUNT),
            Order.lifecycle.in_(HELD),
            Order.confirmed_at.is_not(None),
            Order.total_minor - Order.returned_minor > Order.paid_minor,
            late,
        )

    def backordered(self) -> ColumnElement[bool]:
        return backorders.backordered_condition(self.session)

    def paid_not_shipped(self, after: timedelta | None = None) -> ColumnElement[bool]:
        """Paid in full, holding its goods, and neither confirmed nor paid within the last N days (or
        within `after`: a rule's hours, services/automation.py)."""
        since = self._paid_cutoff() if after is None else self.when.now - after
        recent = exists().where(
            Payment.order_id == Order.id, Payment.kind == PaymentKind.PAYMENT, Payment.created_at >= since
        )
        return and_(
            Order.status.in_(_statuses([Lifecycle.OPEN], [PaymentState.PAID], HOLDING)),
            Order.lifecycle == Lifecycle.OPEN,
            Order.payment_state == PaymentState.PAID,
            Order.fulfilment_state.in_(HOLDING),
            Order.confirmed_at < since,
            ~recent,
        )

    def no_address(self) -> ColumnElement[bool]:
        """The orders still to go out whose ship-to the rule would refuse (read as text: the rule is
        Python's, domain/ship_to.py)."""
        rows = self.session.execute(
            select(Order.id, Order.number, Order.channel, Order.ship_to).where(
                Order.channel.in_(sorted(NEEDS_SHIP_TO)), _WAITS_TO_GO
            )
        )
        return Order.id.in_(
            sorted(oid for oid, number, channel, text in rows if lacks(_Block(number, channel, text)))
        )

    def ids(self) -> set[int]:
        """The orders with at least one problem: each problem found on its own (one OR over them all
        would read every order), then put together."""
        found = set(backorders.backordered_ids(self.session))
        for condition in (self.held(), self.overdue_payment(), self.paid_not_shipped(), self.no_address()):
            found.update(self.session.scalars(select(Order.id).where(condition)))
        return found

    def condition(self) -> ColumnElement[bool]:
        """Orders with at least one problem (a WHERE for the order list, paged and sorted in SQL)."""
        return Order.id.in_(sorted(self.ids()))

    # --- which orders have which ---------------------------------------------------------------------

    def of(self, ids: Iterable[int]) -> dict[int, tuple[Problem, ...]]:
        """The problems of these orders (an order without any is left out), in Problem's order."""
        wanted = sorted(set(ids))
        found: dict[int, set[Problem]] = defaultdict(set)
        if not wanted:
            return {}
        for problem, condition in (
            (Problem.HELD, self.held()),
            (Problem.OVERDUE_PAYMENT, self.overdue_payment()),
            (Problem.PAID_NOT_SHIPPED, self.paid_not_shipped()),
        ):
            for oid in self.session.scalars(select(Order.id).where(Order.id.in_(wanted), condition)):
                found[oid].add(problem)
        for oid in backorders.backordered_ids(self.session) & set(wanted):
            found[oid].add(Problem.BACKORDERED)
        rows = self.session.execute(
            select(Order.id, Order.number, Order.channel, Order.ship_to).where(
                Order.id.in_(wanted), Order.channel.in_(sorted(NEEDS_SHIP_TO)), _WAITS_TO_GO
            )
        )
        for oid, number, channel, text in rows:
            if lacks(_Block(number, channel, text)):
                found[oid].add(Problem.NO_ADDRESS)
        return {oid: tuple(p for p in Problem if p in problems) for oid, problems in found.items()}

    def of_order(self, order: Order) -> OrderProblems:
        """One order's problems with what each is about (for its detail)."""
        problems = self.of([order.id]).get(order.id, ())
        due = owed = paid_days = None
        if Problem.OVERDUE_PAYMENT in problems and order.customer is not None:
            placed = date(
                order.business_day // 10000, order.business_day // 100 % 100, order.business_day % 100
            )
            due = due_date(placed, order.customer.payment_terms_days)
            owed = from_minor(order.total_minor - order.returned_minor - order.paid_minor)
        if Problem.PAID_NOT_SHIPPED in problems:
            paid = self.session.scalars(
                select(Payment.created_at).where(
                    Payment.order_id == order.id, Payment.kind == PaymentKind.PAYMENT
                )
            ).all()
            last = max([*paid, order.confirmed_at] if order.confirmed_at else paid, default=self.when.now)
            paid_days = (self.when.now - last).days
        missing = parts_field(lacks(order)) if Problem.NO_ADDRESS in problems else ""
        return OrderProblems(order.number, problems, due, owed, paid_days, missing)

    def _paid_cutoff(self) -> datetime:
        return self.when.now - timedelta(days=self.days)


@dataclass(frozen=True)
class _Block:
    """An order's ship-to as the rule reads it, from a row (no entity loaded)."""

    number: str
    channel: Channel
    ship_to: str


def problems_of(uow: UnitOfWork, number: str) -> OrderProblems:
    """What is wrong with one order now (nothing: an empty `problems`)."""
    with uow.read() as session:
        order = lookups.order_by_number(session, number)
        return ProblemFinder(session, AsOf.of(uow)).of_order(order)
