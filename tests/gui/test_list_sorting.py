"""The Stock and Customers lists sort and search the whole table in the database, not the page loaded:
a header click on a list longer than one page shows the database's order of every row."""

import random

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Customer, PriceTier, Product, StockLevel
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.customers import CustomerQuery, CustomersModel
from oms_desktop.gui.models.products import ProductsModel
from oms_desktop.services import lookups
from tests.gui.helpers import column_texts

COUNT = 3000  # fifteen pages of 200


def many_products(uow: UnitOfWork) -> list[Product]:
    """COUNT products with random prices (some equal, so ties must follow the id) and random stock."""
    rng = random.Random(10)
    with uow.write() as session:
        main = lookups.location_by_code(session, None)
        now = uow.now()
        products = [
            Product(
                sku=f"P-{i:05d}",
                name=f"Item {rng.randrange(10**6):06d}",
                price_minor=rng.randrange(100, 5000) * 100,
                cost_minor=rng.randrange(0, 1000),
                tax_rate_bp=rng.choice((0, 900, 1300)),
                reorder_point=rng.randrange(0, 20),
                created_at=now,
                updated_at=now,
            )
            for i in range(COUNT)
        ]
        session.add_all(products)
        session.flush()
        session.add_all(
            StockLevel(product_id=p.id, location_id=main.id, on_hand=rng.randrange(0, 500), reserved=0)
            for p in products
        )
        session.expunge_all()
    return products


def many_customers(uow: UnitOfWork) -> list[Customer]:
    rng = random.Random(11)
    with uow.write() as session:
        people = [
            Customer(
                code=f"C-{i:05d}",
                name=f"Customer {rng.randrange(10**6):06d}",
                phone=f"138{rng.randrange(10**8):08d}",
                email=f"c{i}@example.com",
                price_tier=rng.choice(list(PriceTier)),
                credit_limit_minor=rng.randrange(0, 300) * 1000,
                created_at=uow.now(),
            )
            for i in range(COUNT)
        ]
        session.add_all(people)
        session.flush()
        session.expunge_all()
    return people


def click_header(qtbot: QtBot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def wait_loaded(qtbot: QtBot, model: ProductsModel | CustomersModel) -> None:
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() > 0)


def test_a_header_click_sorts_every_product_not_the_page_loaded(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window
) -> None:  # type: ignore[no-untyped-def]
    products = many_products(sqlite_uow)
    window: MainWindow = open_window()
    window.show_page(window.STOCK)
    page = window.stock
    model = page.products
    wait_loaded(qtbot, model)
    assert model.rowCount() == model.page_size < COUNT  # one page loaded, more to come

    click_header(qtbot, page.table, ProductsModel.COL_PRICE)  # cheapest first
    qtbot.waitUntil(lambda: model.query().sort == "price" and not model.loading)
    by_price = sorted(products, key=lambda p: (p.price_minor, p.id))
    assert column_texts(model, ProductsModel.COL_SKU)[:3] == [p.sku for p in by_price[:3]]

    click_header(qtbot, page.table, ProductsModel.COL_PRICE)  # again: dearest first
    qtbot.waitUntil(lambda: model.query().descending and not model.loading)
    dearest = sorted(products, key=lambda p: (p.price_minor, p.id), reverse=True)
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert model.row_at(0).sku == dearest[0].sku  # the dearest of all 3,000, not of the first page
    model.fetchMore()  # the next page continues the same order, without a gap or a repeat
    qtbot.waitUntil(lambda: model.rowCount() == 2 * model.page_size and not model.loading)
    assert column_texts(model, ProductsModel.COL_SKU) == [p.sku for p in dearest[: 2 * model.page_size]]

    click_header(qtbot, page.table, ProductsModel.COL_ON_HAND)  # the stock totals sort too
    qtbot.waitUntil(lambda: model.query().sort == "on_hand" and not model.loading)
    levels = {row.sku: row.on_hand for row in model.rows()}
    assert list(levels.values()) == sorted(levels.values())

    # Searching keeps the sort, over every match.
    page.table.sortByColumn(ProductsModel.COL_PRICE, Qt.SortOrder.DescendingOrder)
    page.search.setText("Item 1")
    qtbot.waitUntil(lambda: model.query().text == "Item 1" and not model.loading)
    matching = [p for p in dearest if "Item 1" in p.name]
    assert len(matching) > model.page_size
    assert model.row_at(0).sku == matching[0].sku
    assert column_texts(model, ProductsModel.COL_SKU) == [p.sku for p in matching[: model.page_size]]

    # An exact SKU still comes first, whatever the sort.
    page.search.setText("P-00042")
    qtbot.waitUntil(lambda: model.query().text == "P-00042" and not model.loading)
    assert model.row_at(0).sku == "P-00042"


def test_a_header_click_sorts_every_customer_and_search_keeps_it(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window
) -> None:  # type: ignore[no-untyped-def]
    people = many_customers(sqlite_uow)
    window: MainWindow = open_window()
    window.show_page(window.CUSTOMERS)
    page = window.customers
    model = page.model
    wait_loaded(qtbot, model)
    assert model.rowCount() == model.page_size < COUNT
    by_name = sorted(people, key=lambda c: (c.name, c.id))
    assert column_texts(model, CustomersModel.COL_CODE) == [c.code for c in by_name[: model.page_size]]

    click_header(qtbot, page.table, CustomersModel.COL_CREDIT)
    click_header(qtbot, page.table, CustomersModel.COL_CREDIT)
    qtbot.waitUntil(lambda: model.query() == CustomerQuery("", "credit", True) and not model.loading)
    richest = sorted(people, key=lambda c: (c.credit_limit_minor, c.id), reverse=True)
    assert model.row_at(0).code == richest[0].code
    assert column_texts(model, CustomersModel.COL_CODE) == [c.code for c in richest[: model.page_size]]

    page.search.setText("Customer 2")
    qtbot.waitUntil(lambda: model.query().text == "Customer 2" and not model.loading)
    matching = [c for c in richest if "Customer 2" in c.name]
    assert len(matching) > model.page_size
    assert column_texts(model, CustomersModel.COL_CODE) == [c.code for c in matching[: model.page_size]]

    # Selecting a row still shows that customer (no proxy between the view and the model any more).
    page.table.selectRow(3)
    qtbot.waitUntil(lambda: page.customer is not None and page.customer.code == matching[3].code)


def test_sorted_lists_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
    sqlite_uow: UnitOfWork,
    ctx: AppContext,
) -> None:
    many_products(sqlite_uow)
    many_customers(sqlite_uow)
    products = ProductsModel(ctx.tasks)
    customers = CustomersModel(ctx.tasks)
    for model, column in ((products, ProductsModel.COL_AVAILABLE), (customers, CustomersModel.COL_TIER)):
        model.reload()
        wait_loaded(qtbot, model)
        model.sort(column, Qt.SortOrder.DescendingOrder)
        qtbot.waitUntil(lambda m=model: m.query().descending and not m.loading)
        qtmodeltester.check(model)
