"""Products & Stock: add and edit with validation, low-stock marking, receive/adjust/transfer, ledger,
and a sale at the counter showing on this page without a restart."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.gui.dialogs.product_form import ProductDialog
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.products import LOW_BACKGROUND, ProductsModel
from oms_desktop.gui.models.stock import MovementsModel, StockLevelsModel
from oms_desktop.gui.pages.stock import StockPage
from oms_desktop.services import catalogue, inventory
from oms_desktop.services.orders import PaymentRequest
from tests import factories
from tests.gui.conftest import ean13
from tests.gui.helpers import cell, column_texts, find_row, scan

TEA = ean13("690123456789")


def row_of(page: StockPage, sku: str) -> int:
    row = find_row(page.products, ProductsModel.COL_SKU, sku)
    assert row is not None, f"{sku} not listed"
    return row


def test_add_a_product_with_validation(qtbot: QtBot, window: MainWindow, sqlite_uow: UnitOfWork) -> None:
    window.show_page(window.STOCK)
    page = window.stock
    page.new_product()
    dialog = page.dialog
    assert isinstance(dialog, ProductDialog)
    dialog.sku.setText("TEA 9")
    dialog.submit()
    assert dialog.message.text() == "The SKU is required and cannot contain spaces"
    dialog.sku.setText("TEA-9")
    dialog.name.setText("Oolong 乌龙茶")
    dialog.price.setText("45.5")
    dialog.barcode.setText("6901234567891")  # the check digit should be 2
    assert dialog.barcode_check.text() == "✗"
    dialog.submit()
    assert (
        dialog.message.text() == "Barcode 6901234567891 has a wrong check digit (the last digit should be 2)"
    )
    dialog.barcode.setText("6901234567892")
    assert dialog.barcode_check.text() == "✓"
    dialog.tax.setText("9")
    dialog.reorder.setValue(5)
    dialog.submit()
    qtbot.waitUntil(lambda: page.message.text() == "TEA-9 added")
    product = catalogue.find_product(sqlite_uow, "6901234567892")
    assert (product.name, str(product.price), str(product.tax_rate)) == ("Oolong 乌龙茶", "45.50", "9")

    qtbot.waitUntil(lambda: find_row(page.products, ProductsModel.COL_SKU, "TEA-9") is not None)
    row = row_of(page, "TEA-9")
    assert cell(page.products, row, ProductsModel.COL_PRICE) == "45.50"
    # No stock, reorder point 5: low, and marked.
    brush = page.products.data(page.products.index(row, 0), Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color() == LOW_BACKGROUND

    page.new_product()  # the same SKU again: the core refuses, the dialog stays open and says why
    again = page.dialog
    assert isinstance(again, ProductDialog)
    again.sku.setText("TEA-9")
    again.name.setText("Copy")
    again.price.setText("1")
    again.submit()
    qtbot.waitUntil(lambda: "already used" in again.message.text())
    assert again.isVisible() and again.ok_button.isEnabled()
    again.reject()


def test_receive_adjust_transfer_and_the_ledger(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    factories.product(sqlite_uow, "TEA-1", name="Longjing", stock=4, reorder_point=10, barcode=TEA)
    catalogue.add_location(sqlite_uow, "BACK", "Back room")
    window = open_window()
    window.show_page(window.STOCK)
    page = window.stock
    qtbot.waitUntil(lambda: page.products.rowCount() == 1)
    page.select_product(page.products.row_at(0).id)
    qtbot.waitUntil(lambda: page.levels.rowCount() >= 1)
    assert page.levels.row_at(0).low  # 4 available, reorder point 10

    page.receive()
    receive = page.dialog
    assert receive is not None
    receive.quantity.setValue(20)  # type: ignore[attr-defined]
    receive.cost.setText("30.00")  # type: ignore[attr-defined]
    receive.submit()
    qtbot.waitUntil(lambda: page.levels.rowCount() >= 1 and page.levels.row_at(0).on_hand == 24)
    assert not page.levels.row_at(0).low
    qtbot.waitUntil(lambda: cell(page.products, 0, ProductsModel.COL_ON_HAND) == "24")

    page.adjust()
    adjust = page.dialog
    assert adjust is not None
    adjust.quantity.setValue(-3)  # type: ignore[attr-defined]
    adjust.submit()
    assert adjust.message.text() == "Give a reason (e.g. stock count, damaged)"
    adjust.reason.setCurrentText("damaged")  # type: ignore[attr-defined]
    adjust.submit()
    qtbot.waitUntil(lambda: page.levels.row_at(0).on_hand == 21)

    page.transfer()
    transfer = page.dialog
    assert transfer is not None
    transfer.quantity.setValue(50)  # type: ignore[attr-defined]
    transfer.submit()
    qtbot.waitUntil(lambda: "Cannot transfer 50" in transfer.message.text())
    transfer.quantity.setValue(5)  # type: ignore[attr-defined]
    transfer.submit()
    qtbot.waitUntil(lambda: page.levels.rowCount() == 2)
    assert column_texts(page.levels, StockLevelsModel.COL_ON_HAND) == ["16", "5"]
    assert column_texts(page.levels, StockLevelsModel.COL_LOCATION) == ["MAIN", "BACK"]

    page.tabs.setCurrentIndex(1)
    kinds = column_texts(page.movements, MovementsModel.COL_KIND)
    assert kinds == ["Transfer in", "Transfer out", "Adjustment", "Receipt", "Receipt"]
    assert column_texts(page.movements, MovementsModel.COL_QTY)[:3] == ["+5", "-5", "-3"]
    assert cell(page.movements, 2, MovementsModel.COL_REASON) == "damaged"
    assert sum(lv.on_hand for lv in inventory.stock_levels(sqlite_uow, "TEA-1")) == 21


def test_a_sale_at_the_counter_shows_on_the_stock_page(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    """One change signal: the products table, the levels and the ledger follow a sale made elsewhere."""
    factories.product(sqlite_uow, "TEA-1", name="Longjing", stock=12, barcode=TEA)
    window = open_window()
    page = window.stock
    window.show_page(window.STOCK)
    qtbot.waitUntil(lambda: page.products.rowCount() == 1)
    page.select_product(page.products.row_at(0).id)
    qtbot.waitUntil(lambda: page.movements.rowCount() == 1)
    fetches = page.products.fetch_count
    window.show_page(window.COUNTER)

    counter = window.counter
    for _ in range(3):
        scan(qtbot, counter.search, TEA)
    counter.submit_sale([PaymentRequest(PaymentMethod.CASH, counter.total_due)])
    qtbot.waitUntil(lambda: cell(page.products, 0, ProductsModel.COL_ON_HAND) == "9")
    qtbot.waitUntil(lambda: page.movements.rowCount() == 2)
    assert cell(page.movements, 0, MovementsModel.COL_KIND) == "Sale"
    assert cell(page.movements, 0, MovementsModel.COL_ORDER) == counter.last_order.number  # type: ignore[union-attr]
    assert page.products.fetch_count == fetches, "the known row was refreshed in place, not the whole list"


def test_stock_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester, demo_ctx, demo_uow: UnitOfWork
) -> None:  # type: ignore[no-untyped-def]
    products = ProductsModel(demo_ctx.tasks)
    products.reload()
    qtbot.waitUntil(lambda: products.rowCount() > 0)
    qtmodeltester.check(products)
    sku = products.row_at(0).sku
    levels, movements = StockLevelsModel(), MovementsModel()
    levels.set_rows(inventory.stock_levels(demo_uow, sku))
    movements.set_rows(inventory.movements(demo_uow, sku))
    qtmodeltester.check(levels)
    qtmodeltester.check(movements)
    assert movements.rowCount() > 0
