"""Read models for lists: orders and products, filtered and paged on indexed columns."""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, Customer, Order, Product, StockLevel
from oms_desktop.domain.order import Status
from oms_desktop.services.catalogue import product_record
from oms_desktop.services.records import OrderSummary, ProductRecord
from oms_desktop.services.text_search import MIN_TRIGRAM, matching, matching_ids


@dataclass(frozen=True)
class OrderFilter:
    status: Status | None = None
    channel: Channel | None = None
    customer_code: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None  # exclusive
    search: str = ""  # an order number (or part) or a customer's name or phone


MAX_CUSTOMER_MATCHES = 2000


def _order_query(
    columns: Select, flt: OrderFilter, session: Session | None = None, *, with_customers: bool = True
) -> Select:
    """The list query for a filter. With a session, a customer search is resolved to ids first, which lets
    the database walk the (customer, date) index instead of every order. `with_customers=False` leaves the
    customers out unless the filter needs them (a count reads the orders' indexes alone)."""
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
    text = flt.search.strip()
    if text:
        query = query.where(_search(text, session))
    return query


def _search(text: str, session: Session | None) -> ColumnElement[bool]:
    upper = text.upper()
    if upper.startswith("SO-"):
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
        conditions.append(Order.number.in_([f"SO-{year}-{int(text):06d}" for year in years]))
    return or_(*conditions)


def list_orders(
    uow: UnitOfWork,
    flt: OrderFilter = OrderFilter(),
    *,
    sort: str = "created_at",
    descending: bool = True,
    limit: int = 200,
) -> list[OrderSummary]:
    """The first `limit` orders of a filtered, sorted list (the window pages on with order_pages)."""
    from oms_desktop.services.order_pages import order_page  # order_pages builds on this module

    return order_page(uow, flt, sort=sort, descending=descending, limit=limit).rows


def count_orders(uow: UnitOfWork, flt: OrderFilter = OrderFilter()) -> int:
    """How many orders the filter finds."""
    with uow.read() as session:
        query = _order_query(select(func.count(Order.id)), flt, session, with_customers=False)
        return int(session.scalar(query) or 0)


def search_products(
    uow: UnitOfWork, text: str = "", *, limit: int = 50, offset: int = 0, active_only: bool = False
) -> list[ProductRecord]:
    """Products matching what the cashier typed, with stock totals: an exact SKU or barcode first, then
    barcodes and SKUs starting with digits typed, or names and SKUs containing the text; by name."""
    with uow.read() as session:
        text = text.strip()
        query = select(Product)
        if active_only:
            query = query.where(Product.active.is_(True))
        exact: list[Product] = []
        if text:
            # The exact match is looked up on its own: sorting it first in the same query would stop the
            # database from walking the name index, and a list sorted by name could only come from a scan.
            exact = list(session.scalars(query.where(or_(Product.sku == text, Product.barcode == text))))
            query = query.where(_product_matches(session, text))
            if exact:
                query = query.where(Product.id.not_in([p.id for p in exact]))
        first = exact if offset == 0 else []
        rest = session.scalars(
            query.order_by(Product.name, Product.id)
            .limit(limit - len(first))
            .offset(max(0, offset - len(exact)))
        )
        found = first + list(rest)
        totals = _stock_totals(session, [p.id for p in found])
        return [product_record(p, *totals.get(p.id, (0, 0))) for p in found]


def _product_matches(session: Session, text: str) -> ColumnElement[bool]:
    if text.isdigit():
        # Digits are the start of a barcode or SKU: index ranges, never a scan.
        upper = text[:-1] + chr(ord(text[-1]) + 1)
        return or_(
            and_(Product.barcode >= text, Product.barcode < upper),
            and_(Product.sku >= text, Product.sku < upper),
        )
    indexed = matching(session, "products", text)
    if indexed is not None:
        return Product.id.in_(indexed)
    like = f"%{escape_like(text)}%"
    sqlite = session.get_bind().dialect.name == "sqlite"
    # SQLite's LIKE already ignores ASCII case; ilike there would lower() every name first.
    name = Product.name.like(like, escape="\\") if sqlite else Product.name.ilike(like, escape="\\")
    if len(text) < MIN_TRIGRAM and sqlite:
        # One or two characters: names only, so the name index alone answers (a SKU test would read every row).
        return name
    return or_(name, Product.sku.like(like, escape="\\") if sqlite else Product.sku.ilike(like, escape="\\"))


def escape_like(text: str) -> str:
    """`text` with LIKE's wildcards taken literally (escape character: backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _stock_totals(session: Session, product_ids: list[int]) -> dict[int, tuple[int, int]]:
    if not product_ids:
        return {}
    rows = session.execute(
        select(StockLevel.product_id, func.sum(StockLevel.on_hand), func.sum(StockLevel.reserved))
        .where(StockLevel.product_id.in_(product_ids))
        .group_by(StockLevel.product_id)
    )
    return {pid: (int(on or 0), int(res or 0)) for pid, on, res in rows}
