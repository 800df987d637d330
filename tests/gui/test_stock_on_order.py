"""Stock on order beside on hand and reserved: the Stock page's list (sorted by the database on a header
click) and the product's stock per location; a PO sent from elsewhere shows without a restart."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.products import ProductsModel
from oms_desktop.gui.models.stock import StockLevelsModel
from oms_desktop.gui.operations import Op
from oms_desktop.services import inventory, purchase_orders, suppliers
from oms_desktop.services.purchase_orders import POLineInput
from oms_desktop.services.suppliers import SupplierInput
from tests import factories
from tests.gui.helpers import cell, column_texts, find_row


def test_on_order_on_the_stock_page(
    qtbot: QtBot, qtmodeltester: object, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    factories.product(sqlite_uow, "TEA", stock=5, reorder_point=8)
    factories.product(sqlite_uow, "CUP", stock=2)
    suppliers.add_supplier(sqlite_uow, SupplierInput(name="Tea Co"))
    po = purchase_orders.create_po(sqlite_uow, "SUP-001", [POLineInput("TEA", 12)]).value.number
    purchase_orders.send_po(sqlite_uow, po)

    window = open_window()
    window.show_page(window.STOCK)
    page = window.stock
    qtbot.waitUntil(lambda: page.products.rowCount() == 2)
    M = ProductsModel
    assert page.products.headerData(M.COL_ON_ORDER, Qt.Orientation.Horizontal) == "On order"
    assert M.COL_RESERVED < M.COL_ON_ORDER < M.COL_AVAILABLE
    tea = find_row(page.products, M.COL_SKU, "TEA")
    assert tea is not None
    assert [cell(page.products, tea, c) for c in (M.COL_ON_HAND, M.COL_RESERVED, M.COL_ON_ORDER)] == [
        "5",
        "0",
        "12",
    ]
    tip = page.products.data(page.products.index(tea, M.COL_SKU), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Low stock: 5 available, 12 on order, reorder point 8"
    qtmodeltester.check(page.products)  # type: ignore[attr-defined]

    page.table.sortByColumn(M.COL_ON_ORDER, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: column_texts(page.products, M.COL_SKU) == ["CUP", "TEA"])
    page.table.sortByColumn(M.COL_ON_ORDER, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: column_texts(page.products, M.COL_SKU) == ["TEA", "CUP"])

    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.levels.rowCount() == 1)
    L = StockLevelsModel
    assert page.levels.headerData(L.COL_ON_ORDER, Qt.Orientation.Horizontal) == "On order"
    assert [cell(page.levels, 0, c) for c in (L.COL_ON_HAND, L.COL_RESERVED, L.COL_ON_ORDER)] == [
        "5",
        "0",
        "12",
    ]
    qtmodeltester.check(page.levels)  # type: ignore[attr-defined]

    # A second PO, sent from this window: both lists follow.
    second = purchase_orders.create_po(sqlite_uow, "SUP-001", [POLineInput("TEA", 6)]).value.number
    Op(lambda uow: purchase_orders.send_po(uow, second)).run(window.ctx.tasks)
    qtbot.waitUntil(lambda: cell(page.levels, 0, L.COL_ON_ORDER) == "18")
    qtbot.waitUntil(lambda: cell(page.products, 0, M.COL_ON_ORDER) == "18")
    assert inventory.stock_levels(sqlite_uow, "TEA")[0].on_order == 18
