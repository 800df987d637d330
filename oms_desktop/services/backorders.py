"""Backorders: confirmed orders whose goods are not all there yet, served oldest first.

Nothing is stored for it: a confirmed order holds its lines reserved (domain.order_workflow.
holds_reservation), and where a level holds more than is on hand the goods on the shelf go to the holding
orders in the order they were confirmed. An order whose lines are all covered is ready to ship; the others
are backordered, each short line saying how much it waits for. A delivery received is thereby allocated to
the oldest waiting orders at once, and a younger order cannot ship goods an older one waits for.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Customer, Lifecycle, Location, Order, OrderLine, StockLevel
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import from_minor
from oms_desktop.domain.order_workflow import HOLDING
from oms_desktop.domain.quantity import Quantity, from_units, to_units


@dataclass(frozen=True)
class ShortLine:
    sku: str
    location: str
    ordered: Quantity
    short: Quantity  # what it still waits for, in the product's unit


@dataclass(frozen=True)
class WaitingOrder:
    number: str
    customer: str
    confirmed_at: datetime | None
    status: str
    total: Decimal
    short: list[ShortLine]  # empty: ready to ship


def _short_lines(
    session: Session, order_ids: list[int] | None = None, products: list[int] | None = None
) -> dict[int, list[ShortLine]]:
    """The short lines of holding orders, by order id: the shelf goes to the oldest confirmed first. The
    short levels are read first (a shop rarely has any): with none, nothing else is read; `products` narrows
    them to what one order holds."""
    levels = select(StockLevel.product_id, StockLevel.location_id, StockLevel.on_hand).where(
        StockLevel.reserved > StockLevel.on_hand
    )
    if products is not None:
        levels = levels.where(StockLevel.product_id.in_(products))
    short_levels = {(pid, loc): on_hand for pid, loc, on_hand in session.execute(levels)}
    if not short_levels:
        return {}
    to_ship = OrderLine.quantity - OrderLine.shipped_quantity  # what partial shipments left still held
    running = (
        func.sum(to_ship)
        .over(
            partition_by=(OrderLine.product_id, Order.location_id),
            order_by=(Order.confirmed_at, Order.id, OrderLine.id),
        )
        .label("running")
    )
    query = (
        select(
            Order.id,
            OrderLine.product_id,
            Order.location_id,
            OrderLine.sku,
            to_ship,
            OrderLine.decimals,
            Location.code,
            running,
        )
        .join(Order, Order.id == OrderLine.order_id)
        .join(Location, Location.id == Order.location_id)
        .where(
            OrderLine.product_id.in_(sorted({pid for pid, _ in short_levels})),
            Order.lifecycle == Lifecycle.OPEN,
            Order.fulfilment_state.in_(HOLDING),
        )
    )
    found: dict[int, list[ShortLine]] = defaultdict(list)
    for order_id, pid, loc, sku, quantity, decimals, location, total in session.execute(query):
        on_hand = short_levels.get((pid, loc))
        if on_hand is None:  # this product is short at another location only
            continue
        covered_before = max(on_hand, 0) - (int(total) - quantity)
        short = quantity - max(min(covered_before, quantity), 0)
        if short > 0 and (order_ids is None or order_id in order_ids):
            found[order_id].append(
                ShortLine(sku, location, from_units(quantity, decimals), from_units(short, decimals))
            )
    return dict(found)


def backordered_ids(session: Session) -> set[int]:
    """The orders that wait for goods."""
    return set(_short_lines(session))


def holding() -> ColumnElement[bool]:
    """Orders that hold their lines reserved: confirmed and not shipped (domain.order_workflow)."""
    return and_(Order.lifecycle == Lifecycle.OPEN, Order.fulfilment_state.in_(HOLDING))


def backordered_condition(session: Session) -> ColumnElement[bool]:
    """A WHERE condition for the orders waiting for goods (for the order list: paged and sorted in SQL)."""
    return Order.id.in_(sorted(backordered_ids(session)))


def ready_condition(session: Session) -> ColumnElement[bool]:
    """A WHERE condition for the confirmed orders not yet shipped whose goods are all there."""
    waiting = backordered_ids(session)
    return and_(holding(), Order.id.not_in(sorted(waiting))) if waiting else holding()


def waiting_for(uow: UnitOfWork, number: str) -> list[ShortLine]:
    """What one order waits for (empty: nothing, or it holds no goods)."""
    with uow.read() as session:
        order_id = session.scalar(select(Order.id).where(Order.number == number.strip().upper()))
        if order_id is None:
            return []
        products = list(session.scalars(select(OrderLine.product_id).where(OrderLine.order_id == order_id)))
        return _short_lines(session, [order_id], products=products).get(order_id, [])


def require_goods_for(session: Session, order: Order, shipping: dict[int, int] | None = None) -> None:
    """Refuse to pack or ship an order whose goods are not all there for it (older orders come first).
    `shipping` (product id to units): a partial shipment, which needs only what it takes to be there."""
    products = sorted(shipping) if shipping is not None else [line.product_id for line in order.lines]
    short = _short_lines(session, [order.id], products=products).get(order.id)
    if short and shipping is not None:
        short = [s for s in short if s.sku in _beyond_cover(order, short, shipping)]
    if short:
        first = short[0]
        raise ValidationError(
            "order_backordered",
            number=order.number,
            sku=first.sku,
            short=first.short,
            location=first.location,
        )


def _beyond_cover(order: Order, short: list[ShortLine], shipping: dict[int, int]) -> set[str]:
    """The SKUs of which a partial shipment takes more than the shelf holds for this order."""
    missing: dict[str, int] = defaultdict(int)
    for line in short:
        decimals = next(ln.decimals for ln in order.lines if ln.sku == line.sku)
        missing[line.sku] += to_units(line.sku, line.short, decimals)
    beyond = set()
    for sku, units in missing.items():
        lines = [ln for ln in order.lines if ln.sku == sku]
        covered = sum(ln.to_ship for ln in lines) - units
        if shipping.get(lines[0].product_id, 0) > covered:
            beyond.add(sku)
    return beyond


def _waiting(session: Session, orders: list[Order], short: dict[int, list[ShortLine]]) -> list[WaitingOrder]:
    names = {
        c.id: c.name
        for c in session.scalars(
            select(Customer).where(Customer.id.in_({o.customer_id for o in orders if o.customer_id}))
        )
    }
    return [
        WaitingOrder(
            number=o.number,
            customer=names.get(o.customer_id or 0, ""),
            confirmed_at=o.confirmed_at,
            status=o.status.value,
            total=from_minor(o.total_minor),
            short=short.get(o.id, []),
        )
        for o in orders
    ]


def backordered(uow: UnitOfWork, *, limit: int = 500) -> list[WaitingOrder]:
    """Orders waiting for goods, oldest first, with what each waits for."""
    with uow.read() as session:
        short = _short_lines(session)
        if not short:
            return []
        orders = list(
            session.scalars(
                select(Order)
                .where(Order.id.in_(list(short)))
                .order_by(Order.confirmed_at, Order.id)
                .limit(limit)
            )
        )
        return _waiting(session, orders, short)


def ready_to_ship(uow: UnitOfWork, *, limit: int = 500) -> list[WaitingOrder]:
    """Confirmed orders not yet shipped whose goods are all there, oldest first."""
    with uow.read() as session:
        waiting = backordered_ids(session)
        query = select(Order).where(holding())
        if waiting:
            query = query.where(Order.id.not_in(list(waiting)))
        orders = list(session.scalars(query.order_by(Order.confirmed_at, Order.id).limit(limit)))
        return _waiting(session, orders, {})
