"""Finding products as the cashier types (SKU, barcode, name), sorted by any column in the database."""

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Product, StockLevel
from oms_desktop.services.catalogue import product_record
from oms_desktop.services.on_order import by_product_subquery, on_order
from oms_desktop.services.records import ProductRecord
from oms_desktop.services.sorting import ordered
from oms_desktop.services.text_search import MIN_TRIGRAM, matching

# The product list's sort keys; the stock columns sort by the totals over every location.
PRODUCT_SORTS = (
    "name",
    "sku",
    "barcode",
    "unit",
    "price",
    "wholesale",
    "cost",
    "tax",
    "on_hand",
    "reserved",
    "available",
    "on_order",
    "reorder_point",
    "active",
)
STOCK_SORTS = frozenset({"on_hand", "reserved", "available"})


def search_products(
    uow: UnitOfWork,
    text: str = "",
    *,
    limit: int = 50,
    offset: int = 0,
    active_only: bool = False,
    sort: str = "name",
    descending: bool = False,
) -> list[ProductRecord]:
    """Products matching what the cashier typed, with stock totals: an exact SKU or barcode first, then
    barcodes and SKUs starting with digits typed, or names and SKUs containing the text; in `sort` order
    (ties by id), read `limit` rows from `offset`."""
    if sort not in PRODUCT_SORTS:
        raise ValueError(f"cannot sort products by {sort!r}")
    if "\x00" in text:  # no product holds a NUL (PostgreSQL's cannot); FTS5 and psycopg fail on one
        return []
    with uow.read() as session:
        text = text.strip()
        query = select(Product)
        if active_only:
            query = query.where(Product.active.is_(True))
        exact: list[Product] = []
        if text:
            # The exact match is looked up on its own: sorting it first in the same query would stop the
            # database from walking the sort column's index, and a sorted list could only come from a scan.
            exact = list(session.scalars(query.where(or_(Product.sku == text, Product.barcode == text))))
            query = query.where(_product_matches(session, text))
            if exact:
                query = query.where(Product.id.not_in([p.id for p in exact]))
        first = exact[offset : offset + limit]
        rest = session.scalars(
            _sorted(query, sort, descending, session)
            .limit(limit - len(first))
            .offset(max(0, offset - len(exact)))
        )
        found = first + list(rest)
        ids = [p.id for p in found]
        totals = _stock_totals(session, ids)
        ordered = on_order(session, ids) if ids else {}
        return [product_record(p, *totals.get(p.id, (0, 0)), ordered.get(p.id, 0)) for p in found]


def _sorted(query: Select, sort: str, descending: bool, session: Session) -> Select:
    key: Any
    if sort in STOCK_SORTS:
        totals = (
            select(
                StockLevel.product_id,
                func.sum(StockLevel.on_hand).label("on_hand"),
                func.sum(StockLevel.reserved).label("reserved"),
            )
            .group_by(StockLevel.product_id)
            .subquery()
        )
        query = query.outerjoin(totals, totals.c.product_id == Product.id)
        on_hand, reserved = func.coalesce(totals.c.on_hand, 0), func.coalesce(totals.c.reserved, 0)
        key = {"on_hand": on_hand, "reserved": reserved, "available": on_hand - reserved}[sort]
    elif sort == "on_order":
        outstanding = by_product_subquery()
        query = query.outerjoin(outstanding, outstanding.c.product_id == Product.id)
        key = func.coalesce(outstanding.c.on_order, 0)
    else:
        key = {
            "name": Product.name,
            "sku": Product.sku,
            "barcode": Product.barcode,
            "unit": Product.unit,
            "price": Product.price_minor,
            "wholesale": Product.wholesale_price_minor,
            "cost": Product.cost_minor,
            "tax": Product.tax_rate_bp,
            "reorder_point": Product.reorder_point,
            "active": Product.active,
        }[sort]
    return query.order_by(*ordered(key, Product.id, descending, session))


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
