"""Finding entities by the codes users type, with NotFound errors that name what was asked."""

from collections.abc import Iterator, Sequence
from typing import TypeVar

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from oms_desktop.domain import Customer, Location, Order, Product
from oms_desktop.domain.errors import NotFound

DEFAULT_LOCATION = "MAIN"
BATCH = 500  # keys per IN (...): well under every backend's limit on bound parameters

T = TypeVar("T")


def in_batches(values: Sequence[T], size: int = BATCH) -> Iterator[Sequence[T]]:
    """`values` in slices of `size`, for lookups by many keys."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def product_by_code(session: Session, code: str) -> Product:
    """A product by SKU or barcode (exact)."""
    code = code.strip()
    product = session.scalar(
        select(Product).where(or_(Product.sku == code, Product.barcode == code)).limit(1)
    )
    if product is None:
        raise NotFound("unknown_item", item=code)
    return product


# Built once: the till asks these on every sale, and building a statement costs more than running it.
_PRODUCTS_BY_CODES = select(Product).where(
    or_(Product.sku.in_(bindparam("codes", expanding=True)), Product.barcode.in_(bindparam("codes")))
)
_LOCATION_BY_CODE = select(Location).where(Location.code == bindparam("code"))


def products_by_codes(session: Session, codes: list[str]) -> dict[str, Product]:
    """Products for SKUs or barcodes in one query, keyed by the code as given; the first unknown code raises."""
    wanted = [c.strip() for c in codes]
    found = session.scalars(_PRODUCTS_BY_CODES, {"codes": wanted}).all()
    by_code = {p.sku: p for p in found} | {p.barcode: p for p in found if p.barcode}
    for code in wanted:
        if code not in by_code:
            raise NotFound("unknown_item", item=code)
    return {code: by_code[code.strip()] for code in codes}


def location_by_code(session: Session, code: str | None) -> Location:
    code = (code or DEFAULT_LOCATION).strip().upper()
    location = session.scalar(_LOCATION_BY_CODE, {"code": code})
    if location is None:
        raise NotFound("unknown_location", location=code)
    return location


def customer_by_code(session: Session, code: str) -> Customer:
    """A customer by code; one merged into another is refused with the name of the one it became."""
    customer = session.scalar(select(Customer).where(Customer.code == code.strip()))
    if customer is None:
        raise NotFound("unknown_customer", customer=code)
    if customer.merged_into_id is not None:
        into = session.get(Customer, customer.merged_into_id)
        assert into is not None  # a foreign key
        raise NotFound("customer_merged", customer=customer.code, into=into.code, name=into.name)
    return customer


def order_by_number(session: Session, number: str, *, lock: bool = False) -> Order:
    """An order by its number; `lock` holds its row until the transaction ends (two tills paying the same
    order on PostgreSQL queue here; SQLite's write transactions are serial already)."""
    query = select(Order).where(Order.number == number.strip().upper())
    order = session.scalar(query.with_for_update() if lock else query)
    if order is None:
        raise NotFound("unknown_order", number=number)
    return order
