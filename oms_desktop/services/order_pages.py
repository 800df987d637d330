"""Orders a page at a time by keyset (no OFFSET), so a list over a million orders scrolls at an even pace.

The filters are the ones `order_filters.OrderFilter` defines; the sort keys add paid and balance, and sort
walk-in orders (no customer) as an empty name so that the keyset comparison never meets a NULL.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Row, SQLColumnExpression, func, select, tuple_
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Customer, Order
from oms_desktop.domain.money import from_minor
from oms_desktop.services.order_filters import OrderFilter, order_query
from oms_desktop.services.order_problems import AsOf, ProblemFinder
from oms_desktop.services.records import OrderSummary

SORT_KEYS: dict[str, SQLColumnExpression[Any]] = {
    "created_at": Order.created_at,
    "number": Order.number,
    "status": Order.status,
    "channel": Order.channel,
    "customer": func.coalesce(Customer.name, ""),
    "total": Order.total_minor,
    "paid": Order.paid_minor,
    "balance": Order.total_minor - Order.returned_minor - Order.paid_minor,
}


ALL_ORDERS = OrderFilter()


@dataclass(frozen=True)
class OrderPage:
    """One page of orders and the cursor that continues after it (None when this was the last page)."""

    rows: list[OrderSummary]
    cursor: tuple[Any, int] | None


def _columns(key: SQLColumnExpression[Any]) -> Any:
    return select(
        Order.id,
        Order.number,
        Order.channel,
        Order.status,
        Order.created_at,
        Customer.code,
        Customer.name,
        Order.total_minor,
        Order.paid_minor,
        Order.returned_minor,
        key.label("sort_key"),
    )


def _summary(row: Row[Any]) -> OrderSummary:
    return OrderSummary(
        id=row.id,
        number=row.number,
        channel=row.channel.value,
        status=row.status.value,
        created_at=row.created_at,
        customer_code=row.code,
        customer_name=row.name,
        total=from_minor(row.total_minor),
        paid=from_minor(row.paid_minor),
        returned=from_minor(row.returned_minor),
    )


def fetch_page(
    session: Session,
    flt: OrderFilter,
    *,
    sort: str = "created_at",
    descending: bool = True,
    after: tuple[Any, int] | None = None,
    limit: int = 200,
    as_of: AsOf | None = None,
) -> OrderPage:
    """The `limit` orders that follow `after` (a cursor from the previous page) in the chosen order; in the
    problems view each row says its problems (as of `as_of`, default now)."""
    key = SORT_KEYS.get(sort, Order.created_at)
    query = order_query(_columns(key), flt, session, as_of=as_of)
    if after is not None:
        position = tuple_(key, Order.id)
        query = query.where(position < tuple_(*after) if descending else position > tuple_(*after))
    order_by = [key.desc(), Order.id.desc()] if descending else [key.asc(), Order.id.asc()]
    # One row more than asked says whether another page exists without a COUNT.
    rows = session.execute(query.order_by(*order_by).limit(limit + 1)).all()
    page = rows[:limit]
    cursor = (page[-1].sort_key, page[-1].id) if len(rows) > limit else None
    summaries = [_summary(r) for r in page]
    if flt.problems:
        found = ProblemFinder(session, as_of).of(s.id for s in summaries)
        summaries = [replace(s, problems=tuple(found.get(s.id, ()))) for s in summaries]
    return OrderPage(summaries, cursor)


def order_page(
    uow: UnitOfWork,
    flt: OrderFilter = ALL_ORDERS,
    *,
    sort: str = "created_at",
    descending: bool = True,
    after: tuple[Any, int] | None = None,
    limit: int = 200,
) -> OrderPage:
    """A page of the order list; pass the returned cursor as `after` for the next one."""
    with uow.read() as session:
        return fetch_page(
            session, flt, sort=sort, descending=descending, after=after, limit=limit, as_of=AsOf.of(uow)
        )


def orders_by_id(uow: UnitOfWork, ids: Iterable[int]) -> list[OrderSummary]:
    """The list rows of these orders (to refresh the rows a change touched), in no particular order."""
    wanted: Sequence[int] = sorted(set(ids))
    if not wanted:
        return []
    with uow.read() as session:
        query = order_query(_columns(Order.id), ALL_ORDERS).where(Order.id.in_(wanted))
        return [_summary(r) for r in session.execute(query)]


def list_orders(
    uow: UnitOfWork,
    flt: OrderFilter = ALL_ORDERS,
    *,
    sort: str = "created_at",
    descending: bool = True,
    limit: int = 200,
) -> list[OrderSummary]:
    """The first `limit` orders of a filtered, sorted list (the window pages on with `order_page`)."""
    return order_page(uow, flt, sort=sort, descending=descending, limit=limit).rows


def count_orders(uow: UnitOfWork, flt: OrderFilter = ALL_ORDERS) -> int:
    """How many orders the filter finds."""
    with uow.read() as session:
        query = order_query(
            select(func.count(Order.id)), flt, session, with_customers=False, as_of=AsOf.of(uow)
        )
        return int(session.scalar(query) or 0)
