"""Read models for lists: orders and products, filtered and paged on indexed columns."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, Customer, Order, Product, StockLevel
from oms_desktop.domain.money import from_minor
from oms_desktop.domain.order import Status
from oms_desktop.services.catalogue import product_view
from oms_desktop.services.views import OrderSummary, ProductView

ORDER_SORTS = {
    "created_at": Order.created_at,
    "number": Order.number,
    "status": Order.status,
    "channel": Order.channel,
    "total": Order.total_minor,
    "customer": Customer.name,
}


@dataclass(frozen=True)
class OrderFilter:
    status: Status | None = None
    channel: Channel | None = None
    customer_code: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None  # exclusive
    search: str = ""  # an order number (or part) or a customer's name or phone


def _order_query(columns: Select, flt: OrderFilter) -> Select:
    query = columns.select_from(Order).outerjoin(Customer, Customer.id == Order.customer_id)
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
    text = flt.search.strip()
    if text:
        if text.upper().startswith("SO-"):
            query = query.where(Order.number.like(f"{text.upper()}%"))
        else:
            like = f"%{text}%"
            query = query.where(
                or_(
                    Order.number.like(f"%{text.upper()}%"),
                    Customer.name.ilike(like),
                    Customer.phone.like(like),
                )
            )
    return query


def list_orders(
    uow: UnitOfWork,
    flt: OrderFilter = OrderFilter(),
    *,
    sort: str = "created_at",
    descending: bool = True,
    limit: int = 200,
    offset: int = 0,
) -> list[OrderSummary]:
    with uow.read() as session:
        return fetch_orders(session, flt, sort=sort, descending=descending, limit=limit, offset=offset)


def fetch_orders(
    session: Session, flt: OrderFilter, *, sort: str, descending: bool, limit: int, offset: int
) -> list[OrderSummary]:
    key: Any = ORDER_SORTS.get(sort, Order.created_at)
    order_by = [key.desc(), Order.id.desc()] if descending else [key.asc(), Order.id.asc()]
    query = (
        _order_query(
            select(
                Order.id,
                Order.number,
                Order.channel,
                Order.status,
                Order.created_at,
                Customer.code,
                Customer.name,
                Order.total_minor,
                Order.paid_minor,
            ),
            flt,
        )
        .order_by(*order_by)
        .limit(limit)
        .offset(offset)
    )
    return [
        OrderSummary(
            id=r[0],
            number=r[1],
            channel=r[2].value,
            status=r[3].value,
            created_at=r[4],
            customer_code=r[5],
            customer_name=r[6],
            total=from_minor(r[7]),
            paid=from_minor(r[8]),
        )
        for r in session.execute(query)
    ]


def count_orders(uow: UnitOfWork, flt: OrderFilter = OrderFilter()) -> int:
    with uow.read() as session:
        return int(session.scalar(_order_query(select(func.count(Order.id)), flt)) or 0)


def search_products(
    uow: UnitOfWork, text: str = "", *, limit: int = 50, offset: int = 0, active_only: bool = False
) -> list[ProductView]:
    """Products whose SKU, barcode or name contains `text` (exact code matches first), with stock totals."""
    with uow.read() as session:
        stock = (
            select(
                StockLevel.product_id.label("pid"),
                func.sum(StockLevel.on_hand).label("on_hand"),
                func.sum(StockLevel.reserved).label("reserved"),
            )
            .group_by(StockLevel.product_id)
            .subquery()
        )
        query = select(Product, stock.c.on_hand, stock.c.reserved).outerjoin(stock, stock.c.pid == Product.id)
        text = text.strip()
        if text:
            like = f"%{text}%"
            exact = or_(Product.sku == text, Product.barcode == text)
            query = query.where(
                or_(exact, Product.sku.ilike(like), Product.name.ilike(like), Product.barcode.like(like))
            ).order_by(exact.desc(), Product.name)
        else:
            query = query.order_by(Product.name)
        if active_only:
            query = query.where(Product.active.is_(True))
        rows = session.execute(query.order_by(Product.id).limit(limit).offset(offset)).all()
        return [product_view(p, int(on or 0), int(res or 0)) for p, on, res in rows]
