"""create_order answers with the order as written, without reading it back: that answer must be exactly what
get_order then reads from the database, for every kind of new order, on SQLite and PostgreSQL."""

from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.domain.errors import OutOfStock, ValidationError
from oms_desktop.services import inventory, orders
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.records import StockLevelRecord
from tests import factories


@pytest.fixture
def shop(uow: UnitOfWork) -> UnitOfWork:
    factories.product(uow, "TEA-1", price="12.50", tax=1300, stock=20, wholesale="10.00")
    factories.product(uow, "CUP-2", price="3.99", tax=600, stock=5)
    factories.product(uow, "NEW-3", price="1.00")  # never stocked: no level row yet
    factories.customer(uow, "王芳", wholesale=True, code="C-W")
    return uow


def _level(uow: UnitOfWork, sku: str) -> StockLevelRecord:
    return inventory.stock_levels(uow, sku)[0]


REQUESTS = {
    "counter sale, cash with change, two tax rates": OrderRequest(
        lines=[LineRequest("TEA-1", 2, discount=Decimal("1.00")), LineRequest("CUP-2", 1)],
        payments=[PaymentRequest(PaymentMethod.CASH, Decimal("31.35"), Decimal("50.00"))],
        idempotency_key="till-1",
    ),
    "counter sale split between card and cash": OrderRequest(
        lines=[LineRequest("TEA-1", 1)],
        payments=[
            PaymentRequest(PaymentMethod.CARD, Decimal("10.00"), reference="AUTH-7"),
            PaymentRequest(PaymentMethod.CASH, Decimal("4.13"), Decimal("5.00")),
        ],
    ),
    "wholesale order confirmed (stock reserved)": OrderRequest(
        lines=[LineRequest("TEA-1", 3), LineRequest("CUP-2", 2, unit_price=Decimal("3.00"))],
        channel=Channel.WHOLESALE,
        customer_code="C-W",
        confirm=True,
        notes="deliver before noon",
    ),
    "phone draft to another address": OrderRequest(
        lines=[LineRequest("CUP-2", 1)],
        channel=Channel.PHONE,
        customer_code="C-W",
        ship_to="北京市朝阳区 2号",
    ),
    "draft of a product that was never stocked": OrderRequest(lines=[LineRequest("NEW-3", 4)]),
}


@pytest.mark.parametrize("kind", REQUESTS)
def test_the_answer_is_what_is_stored(shop: UnitOfWork, kind: str) -> None:
    answer = orders.create_order(shop, REQUESTS[kind]).value
    assert answer == orders.get_order(shop, answer.number)
    assert answer.lines and answer.history


def test_the_answer_carries_what_the_till_shows(shop: UnitOfWork) -> None:
    sale = orders.create_order(shop, REQUESTS["counter sale, cash with change, two tax rates"])
    detail = sale.value
    assert (detail.status, detail.total, detail.paid) == ("completed", Decimal("31.35"), Decimal("31.35"))
    assert [p.change for p in detail.payments] == [Decimal("18.65")]
    assert [(b.rate, b.tax) for b in detail.tax_bands] == [
        (Decimal("6"), Decimal("0.24")),
        (Decimal("13"), Decimal("3.12")),
    ]
    assert sale.changes.stock and sale.changes.ids_of("orders") == {detail.id}
    assert _level(shop, "TEA-1").on_hand == 18


def test_ids_follow_on_after_orders_written_by_the_orm_path(shop: UnitOfWork) -> None:
    first = orders.create_order(shop, REQUESTS["phone draft to another address"]).value
    confirmed = orders.confirm(shop, first.number).value  # the ORM path writes to the same order
    second = orders.create_order(shop, REQUESTS["draft of a product that was never stocked"]).value
    assert second.id > confirmed.id
    assert orders.get_order(shop, first.number).status == confirmed.status


def test_a_refused_sale_leaves_nothing(shop: UnitOfWork) -> None:
    before = _level(shop, "CUP-2")
    with pytest.raises(OutOfStock):
        orders.create_order(
            shop,
            OrderRequest(
                lines=[LineRequest("TEA-1", 1), LineRequest("CUP-2", 6)],
                payments=[PaymentRequest(PaymentMethod.CASH, Decimal("39.51"))],
            ),
        )
    assert _level(shop, "CUP-2") == before
    assert _level(shop, "TEA-1").on_hand == 20
    assert orders.create_order(shop, REQUESTS["phone draft to another address"]).value.number.endswith(
        "000001"
    )


def test_the_same_key_twice_is_the_same_sale_and_another_sale_under_it_is_refused(shop: UnitOfWork) -> None:
    sale = REQUESTS["counter sale, cash with change, two tax rates"]
    first = orders.create_order(shop, sale).value
    again = orders.create_order(shop, sale)  # a retry after a lost answer
    assert again.value == first and not again.changes.stock
    other = OrderRequest(
        lines=[LineRequest("CUP-2", 1)],
        payments=[PaymentRequest(PaymentMethod.CASH, Decimal("4.23"))],
        idempotency_key=sale.idempotency_key,
    )
    with pytest.raises(ValidationError) as refused:
        orders.create_order(shop, other)
    assert refused.value.code == "idempotency_key_reused" and first.number in str(refused.value)
    assert _level(shop, "CUP-2").on_hand == 4  # only the first sale's cup left the shelf
