"""Backorders on SQLite and PostgreSQL: a confirmed order of goods that are not there waits; a delivery
goes to the oldest waiting order first; a younger order cannot ship what an older one waits for."""

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel
from oms_desktop.domain.errors import ValidationError
from oms_desktop.services import backorders, health, purchase_orders, shipping, suppliers
from oms_desktop.services.orders import LineRequest, OrderRequest, confirm, create_order
from oms_desktop.services.purchase_orders import POLineInput, ReceiveLineInput
from oms_desktop.services.suppliers import SupplierInput
from tests import factories


def _phone_order(uow: UnitOfWork, customer: str, sku: str, quantity: int) -> str:
    number = create_order(
        uow, OrderRequest(lines=[LineRequest(sku, quantity)], channel=Channel.PHONE, customer_code=customer)
    ).value.number
    confirm(uow, number)
    return number


def test_a_delivery_serves_the_oldest_waiting_order_first(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", stock=2, backorder=True)
    factories.product(uow, "CUP", stock=5)
    buyer = factories.customer(uow).code
    first = _phone_order(uow, buyer, "TEA", 3)  # one short
    second = _phone_order(uow, buyer, "TEA", 2)  # both short: the shelf's two went to the first
    plenty = _phone_order(uow, buyer, "CUP", 1)
    waiting = backorders.backordered(uow)
    assert [(w.number, [(s.sku, s.short) for s in w.short]) for w in waiting] == [
        (first, [("TEA", 1)]),
        (second, [("TEA", 2)]),
    ]
    assert [w.number for w in backorders.ready_to_ship(uow)] == [plenty]
    with pytest.raises(ValidationError, match="waits for goods: 2 of TEA short"):
        shipping.ship(uow, second, carrier="SF", tracking="1")

    suppliers.add_supplier(uow, SupplierInput(name="Tea Co"))
    po = purchase_orders.create_po(uow, "SUP-001", [POLineInput("TEA", 4)]).value.number
    purchase_orders.send_po(uow, po)
    purchase_orders.receive_po(uow, po, [ReceiveLineInput("TEA", 1)])
    assert [w.number for w in backorders.ready_to_ship(uow)] == [first, plenty]
    assert [w.number for w in backorders.backordered(uow)] == [second]
    purchase_orders.receive_po(uow, po, [ReceiveLineInput("TEA", 3)])
    assert backorders.backordered(uow) == []
    assert [w.number for w in backorders.ready_to_ship(uow)] == [first, second, plenty]
    shipping.ship(uow, second, carrier="SF", tracking="2")
    assert health.check(uow) == []


def test_a_product_without_backorders_is_refused_not_backordered(uow: UnitOfWork) -> None:
    from oms_desktop.domain.errors import OutOfStock

    factories.product(uow, "CUP", stock=1)
    buyer = factories.customer(uow).code
    number = create_order(
        uow, OrderRequest(lines=[LineRequest("CUP", 2)], channel=Channel.PHONE, customer_code=buyer)
    ).value.number
    with pytest.raises(OutOfStock):
        confirm(uow, number)
    assert backorders.backordered(uow) == []
