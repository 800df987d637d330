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


def test_lists_sort_alike_on_every_backend(uow: UnitOfWork) -> None:
    """Ties follow the id in the sort's direction; products without a barcode or wholesale price come first
    ascending and last descending, on SQLite and PostgreSQL alike; an exact SKU still leads a search."""
    factories.product(uow, "B-1", price="5.00", barcode="6901234567892", wholesale="4.00", stock=3)
    factories.product(uow, "B-2", price="5.00", stock=7)
    factories.product(uow, "B-3", price="9.00", barcode="6901234567885")
    factories.product(uow, "B-4", price="1.00", wholesale="0.50", stock=1)

    def listed(sort: str, descending: bool = False, text: str = "") -> list[str]:
        return skus(product_search.search_products(uow, text, sort=sort, descending=descending))

    assert listed("price") == ["B-4", "B-1", "B-2", "B-3"]
    assert listed("price", descending=True) == ["B-3", "B-2", "B-1", "B-4"]
    assert listed("barcode") == ["B-2", "B-4", "B-3", "B-1"]
    assert listed("barcode", descending=True) == ["B-1", "B-3", "B-4", "B-2"]
    assert listed("wholesale", descending=True) == ["B-1", "B-4", "B-3", "B-2"]
    assert listed("available", descending=True) == ["B-2", "B-1", "B-4", "B-3"]
    assert listed("price", descending=True, text="B-2") == ["B-2"]
    with pytest.raises(ValueError):
        listed("colour")

    factories.customer(uow, "Zhang", code="C-1")
    factories.customer(uow, "Li", code="C-2")
    by_name = customers.search_customers(uow, sort="name", descending=True)
    assert [c.code for c in by_name] == ["C-1", "C-2"]
    assert [c.code for c in customers.search_customers(uow, sort="code", descending=True)] == ["C-2", "C-1"]


INDEXED_SORTS = {
    "products": ("name", "sku", "barcode", "price", "wholesale", "cost", "reorder_point"),
    "customers": ("name", "code", "phone", "email", "credit"),
}


def test_list_sorts_walk_an_index_instead_of_sorting_the_table(sqlite_uow: UnitOfWork) -> None:
    """At 100,000 products a sort by price must not read and sort the whole table for each page."""
    import sqlite3
    from typing import Any

    from sqlalchemy import event

    from oms_desktop.db.engine import sqlite_path

    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, params: Any, _context: Any, _many: bool) -> None:
        if "ORDER BY" in statement:
            statements.append((statement, params))

    event.listen(sqlite_uow.engine, "before_cursor_execute", capture)
    try:
        for descending in (False, True):
            for sort in INDEXED_SORTS["products"]:
                product_search.search_products(sqlite_uow, sort=sort, descending=descending, offset=200)
            for sort in INDEXED_SORTS["customers"]:
                customers.search_customers(sqlite_uow, sort=sort, descending=descending, offset=200)
    finally:
        event.remove(sqlite_uow.engine, "before_cursor_execute", capture)
    path = sqlite_path(sqlite_uow.engine.url)
    assert path is not None and len(statements) == 2 * sum(map(len, INDEXED_SORTS.values()))
    with sqlite3.connect(path) as raw:
        for statement, params in statements:
            plan = [row[-1] for row in raw.execute("EXPLAIN QUERY PLAN " + statement, params)]
            assert not any("TEMP B-TREE" in step for step in plan), (statement, plan)
