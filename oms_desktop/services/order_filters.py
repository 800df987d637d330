"""What the order list is narrowed to (`OrderFilter`) and the one query that applies it on indexed columns."""

import enum
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session

from oms_desktop.domain import Channel, Customer, Order
from oms_desktop.domain.order import HoldState, Status
from oms_desktop.domain.sequence import ORDER_PREFIX, format_number
from oms_desktop.services import backorders
from oms_desktop.services.order_problems import AsOf, ProblemFinder
from oms_desktop.services.text_search import matching_ids


class Waiting(enum.StrEnum):
    """Confirmed orders not yet shipped, by whether their goods are there (services/backorders.py)."""

    BACKORDERED = "backordered"  # waits for goods
    READY_TO_SHIP = "ready_to_ship"  # every line covered


@dataclass(frozen=True)
class OrderFilter:
    status: Status | None = None
    channel: Channel | None = None
    customer_code: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None  # exclusive
    search: str = ""  # an order number (or part) or a customer's name or phone
    waiting: Waiting | None = None  # backordered or ready to ship (needs the session in order_query)
    held: bool = False  # only orders on hold (services/holds.py)
    assigned_to: str | None = None  # only the orders this person looks after ("my orders")
    problems: bool = False  # only orders with a problem (services/order_problems.py; needs the session)


MAX_CUSTOMER_MATCHES = 2000


def order_query(
    columns: Select,
    flt: OrderFilter,
    session: Session | None = None,
    *,
    with_customers: bool = True,
    as_of: AsOf | None = None,
) -> Select:
    """The list query for a filter. With a session, a customer search is resolved to ids first, which lets
    the database walk the (customer, date) index instead of every order. `with_customers=False` leaves the
    customers out unless the filter needs them (a count reads the orders' indexes alone). `as_of`: when the
    problems are looked for (default: now)."""
    query = columns.select_from(Order)
    if with_customers or flt.customer_code:
        query = query.outerjoin(Customer, Customer.id == Order.customer_id)
    if flt.status is not None:
        query = query.where(Order.status == flt.status)
    if flt.channel is not None:
        query = query.where(Order.channel == flt.channel)
    if flt.customer_code:
        query = query.where(Customer.code == flt.customer_code)
    if flt.date_from is not None:
        query = query.where(Order.created_at >= flt.date_from)
    if flt.date_to is not None:
        query = query.where(Order.created_at < flt.date_to)
    if flt.waiting is not None:
        if session is None:
            raise ValueError("the backorder filters need the session (they read the short levels first)")
        # The waiting orders are found first (a window over the short levels' lines), then the list stays
        # paged and sorted in SQL with their ids.
        query = query.where(
            backorders.backordered_condition(session)
            if flt.waiting is Waiting.BACKORDERED
            else backorders.ready_condition(session)
        )
    if flt.held:
        query = query.where(Order.hold_state == HoldState.HELD)
    if flt.assigned_to is not None:
        query = query.where(Order.assigned_to == flt.assigned_to)
    if flt.problems:
        if session is None:
            raise ValueError("the problems filter needs the session (it reads the setting and the terms)")
        query = query.where(ProblemFinder(session, as_of).condition())
    text = flt.search.strip()
    if text:
        query = query.where(_search(text, session))
    return query


def _search(text: str, session: Session | None) -> ColumnElement[bool]:
    upper = text.upper()
    if upper.startswith(f"{ORDER_PREFIX}-"):
        # A prefix as a range, so the unique index on the number serves it on every backend.
        return and_(Order.number >= upper, Order.number < upper[:-1] + chr(ord(upper[-1]) + 1))
    like = f"%{text}%"
    customers = select(Customer.id).where(
        or_(Customer.name.ilike(like), Customer.phone.like(like), Customer.code == text)
    )
    matches: Any = customers
    if session is not None:
        found = matching_ids(session, "customers", text, MAX_CUSTOMER_MATCHES + 1)
        ids = found if found is not None else session.scalars(customers.limit(MAX_CUSTOMER_MATCHES + 1)).all()
        if len(ids) <= MAX_CUSTOMER_MATCHES:
            matches = list(ids)
    conditions = [Order.customer_id.in_(matches)]
    if text.isdigit() and len(text) <= 6:
        # "123" finds SO-<any year>-000123.
        years = range(2000, datetime.now(UTC).year + 2)
        conditions.append(Order.number.in_([format_number(ORDER_PREFIX, year, int(text)) for year in years]))
    return or_(*conditions)
