"""Operations of the counter: scan into the sale, reprice it, complete it or save it as an order.

Each takes a copy of the `Sale` (the window goes on editing its own while the worker reads), so that a scan
is one job: the product found and the sale priced with it, in one crossing to the worker and back.
"""

from collections.abc import Sequence

from oms_desktop.gui.operations.op import Op
from oms_desktop.services import counter, open_price, orders
from oms_desktop.services.changes import Outcome
from oms_desktop.services.counter import Scanned
from oms_desktop.services.orders import PaymentRequest, Quote
from oms_desktop.services.records import OrderDetail, ProductRecord
from oms_desktop.services.sale import Sale


def scan(sale: Sale, text: str) -> Op[Scanned]:
    """Resolve a scan ("code" or "3*code") and price the sale with it."""
    snapshot = sale.copy()
    return Op(lambda uow: counter.scan(uow, snapshot, text), urgent=True)


def price(sale: Sale) -> Op[Quote]:
    """Price the sale as the order will be priced (stock checked)."""
    snapshot = sale.copy()
    return Op(lambda uow: counter.price(uow, snapshot), urgent=True)


def open_price_item() -> Op[Outcome[ProductRecord]]:
    """The product the open-price key rings up (made on first use)."""
    return Op(open_price.open_price_item, urgent=True)


def complete_sale(sale: Sale, payments: Sequence[PaymentRequest]) -> Op[Outcome[OrderDetail]]:
    """The counter sale, paid now, in one transaction (its key makes a second submit return the first)."""
    request = sale.to_request(payments)
    return Op(lambda uow: orders.create_order(uow, request))


def save_order(sale: Sale) -> Op[Outcome[OrderDetail]]:
    """A phone or wholesale order, confirmed with its stock reserved, in one transaction."""
    request = sale.to_request()
    return Op(lambda uow: orders.create_order(uow, request))
