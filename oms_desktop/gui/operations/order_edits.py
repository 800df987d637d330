"""Operations of the order detail's Change… dialog: find a product to add (a scan or typed text) with the
price this order's customer pays for it, and save the change in one transaction."""

from dataclasses import dataclass
from decimal import Decimal

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import NotFound
from oms_desktop.gui.operations.op import Op
from oms_desktop.services import catalogue, order_edits, orders, product_search
from oms_desktop.services.changes import Outcome
from oms_desktop.services.counter import looks_like_barcode
from oms_desktop.services.order_edits import OrderEdit
from oms_desktop.services.orders import LineRequest
from oms_desktop.services.records import OrderDetail, ProductRecord

SEARCH_ROWS = 20


@dataclass(frozen=True)
class Offer:
    """A product that may go on the order, at the unit price its customer pays (the price tier's)."""

    product: ProductRecord
    unit_price: Decimal


def find_for_order(code: str, customer_code: str | None) -> Op[list[Offer]]:
    """What a scan or typed text finds: the product of an exact SKU or barcode, else the active products
    whose name or SKU holds the text; each priced as the order would price it."""

    def read(uow: UnitOfWork) -> list[Offer]:
        try:
            found = [catalogue.find_product(uow, code, with_on_order=False)]
        except NotFound:
            if looks_like_barcode(code):
                return []  # a partial match on digits is never a scan
            found = product_search.search_products(uow, code, limit=SEARCH_ROWS, active_only=True)
        if not found:
            return []
        priced = orders.quote(uow, [LineRequest(p.sku, 1) for p in found], customer_code)
        return [Offer(p, line.unit_price) for p, line in zip(found, priced.lines, strict=True)]

    return Op(read, urgent=True)


def edit_order(number: str, change: OrderEdit) -> Op[Outcome[OrderDetail]]:
    """Lines added, removed or changed and the ship-to, in one transaction (services/order_edits.py)."""
    return Op(lambda uow: order_edits.edit_order(uow, number, change))
