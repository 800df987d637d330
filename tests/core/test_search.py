"""Finding products, customers and orders the way a cashier and a manager type."""

from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.services import customers, order_pages, orders, product_search
from oms_desktop.services.order_filters import OrderFilter
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from tests import factories


@pytest.fixture
def shop(uow: UnitOfWork) -> UnitOfWork:
    factories.product(uow, "TEA-1", name="龙井绿茶 Longjing Green Tea", barcode="6901234567892", stock=50)
    factories.product(uow, "TEA-2", name="铁观音 Tieguanyin Oolong", barcode="6901234567885", stock=50)
    factories.product(uow, "PEN-9", name="Gel Pen 中性笔", stock=50)
    return uow


def skus(found: list) -> list[str]:
    return [p.sku for p in found]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("6901234567892", ["TEA-1"]),  # a scan: exact barcode
        ("TEA-2", ["TEA-2"]),  # exact SKU first
        ("690123", ["TEA-2", "TEA-1"]),  # the start of a barcode, by name
        ("龙井", ["TEA-1"]),  # two Chinese characters
        ("绿茶 long", ["TEA-1"]),  # three or more, any case
        ("oolong", ["TEA-2"]),
        ("tea-", ["TEA-2", "TEA-1"]),  # part of a SKU, by name
        ("笔", ["PEN-9"]),
        ("咖啡", []),
    ],
)
def test_product_search(shop: UnitOfWork, typed: str, expected: list[str]) -> None:
    assert skus(product_search.search_products(shop, typed, limit=10)) == expected


def test_product_search_carries_stock_totals(shop: UnitOfWork) -> None:
    (tea,) = product_search.search_products(shop, "6901234567892")
    assert (tea.on_hand, tea.available) == (50, 50)


def test_edited_names_are_found_by_their_new_name(shop: UnitOfWork) -> None:
    from oms_desktop.services import catalogue, product_search
    from oms_desktop.services.catalogue import ProductInput

    pen = product_search.search_products(shop, "PEN-9")[0]
    catalogue.update_product(
        shop, pen.id, ProductInput(sku="PEN-9", name="毛笔 Calligraphy Brush", price=Decimal(5))
    )
    assert skus(product_search.search_products(shop, "calligraphy")) == ["PEN-9"]
    assert skus(product_search.search_products(shop, "Gel Pen")) == []


def test_order_search_by_customer_phone_and_number(shop: UnitOfWork) -> None:
    zhang = factories.customer(shop, "张伟")
    li = customers.add_customer(shop, customers.CustomerInput(name="Grace Lin", phone="13911112222")).value
    numbers = {}
    for who in (zhang.code, li.code, None):
        lines = [LineRequest("TEA-1", 1)]
        total = orders.quote(shop, lines).total
        channel = Channel.PHONE if who else Channel.COUNTER
        req = OrderRequest(lines=lines, channel=channel, customer_code=who)
        if who is None:
            req = OrderRequest(lines=lines, payments=[PaymentRequest(PaymentMethod.CASH, total)])
        numbers[who] = orders.create_order(shop, req).value.number

    def found(text: str) -> list[str]:
        return [o.number for o in order_pages.list_orders(shop, OrderFilter(search=text))]

    assert found("张伟") == [numbers[zhang.code]]
    assert found("grace") == [numbers[li.code]]
    assert found("1391111") == [numbers[li.code]]
    assert found(numbers[None]) == [numbers[None]]
    assert found(numbers[None][:-1]) == sorted(numbers.values(), reverse=True)  # a number's prefix
    assert numbers[None] in found(str(int(numbers[None][-6:])))  # "3" finds the walk-in SO-YYYY-000003
    assert found("nobody") == []
    assert [c.name for c in customers.search_customers(shop, "13911")] == ["Grace Lin"]
    assert [c.name for c in customers.search_customers(shop, "张")] == ["张伟"]
