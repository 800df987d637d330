"""Stocktake in the window: start a count from the Stock page, scan at whatever widget has the focus (each
scan adds one), type a quantity over it, a sale made during the count is not counted twice, finish books
the difference and the Stock page shows the counted quantity; a cashier's finish needs a manager."""

from collections.abc import Callable
from decimal import Decimal

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.gui.dialogs.approval import ApprovalDialog
from oms_desktop.gui.dialogs.stocktake import COUNT, StocktakeDialog
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.products import LOW_BACKGROUND, ProductsModel
from oms_desktop.gui.models.stock import StockLevelsModel
from oms_desktop.gui.models.stocktake import CountLinesModel
from oms_desktop.gui.pages.stock import StockPage
from oms_desktop.services import audit_trail, inventory, orders, stocktakes, till, users
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.this_computer import default_till_name
from tests import factories
from tests.gui.conftest import ean13
from tests.gui.helpers import cell, edit_cell, find_row
from tests.gui.test_sign_in import sign_in

TEA = ean13("690123456789")
CUP = ean13("690123456790")


def stocked(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA-1", name="Longjing", price="12.50", stock=10, barcode=TEA)
    factories.product(uow, "CUP-1", name="Cup", price="3.00", stock=4, barcode=CUP)


def sell(uow: UnitOfWork, sku: str, quantity: int) -> None:
    total = orders.quote(uow, [LineRequest(sku, quantity)]).total
    orders.create_order(
        uow,
        OrderRequest([LineRequest(sku, quantity)], payments=[PaymentRequest(PaymentMethod.CASH, total)]),
    )


def open_stock_page(qtbot: QtBot, window: MainWindow) -> StockPage:
    window.show_page(window.STOCK)
    page = window.stock
    qtbot.waitUntil(lambda: page.products.rowCount() == 2)
    return page


def start_count(qtbot: QtBot, page: StockPage) -> StocktakeDialog:
    page.stocktake()
    dialog = page.window_dialog
    assert isinstance(dialog, StocktakeDialog)
    qtbot.waitUntil(dialog.start_button.isEnabled)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == COUNT)
    return dialog


def scanner(qtbot: QtBot, code: str) -> None:
    """A barcode scanner types into whatever has the focus, at a scanner's pace, then Enter."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def line(dialog: StocktakeDialog, sku: str) -> int:
    row = find_row(dialog.lines, CountLinesModel.COL_SKU, sku)
    assert row is not None, f"{sku} not in the count"
    return row


def test_count_scan_type_and_finish(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    stocked(sqlite_uow)
    window = open_window()
    page = open_stock_page(qtbot, window)
    dialog = start_count(qtbot, page)
    qtbot.waitUntil(lambda: dialog.lines.rowCount() == 2)
    tea = line(dialog, "TEA-1")
    assert cell(dialog.lines, tea, CountLinesModel.COL_SNAPSHOT) == "10"
    assert cell(dialog.lines, tea, CountLinesModel.COL_COUNTED) == ""

    sell(sqlite_uow, "TEA-1", 1)  # sold at the counter while the shelf is being counted: the books say 9

    # Three scans at whatever has the focus: the table, then the Finish button, then the scan field.
    M = CountLinesModel
    for target in (dialog.table, dialog.finish_button, dialog.scan_field):
        target.setFocus()
        qtbot.waitUntil(lambda target=target: QApplication.focusWidget() is target)  # type: ignore[misc]
        scanner(qtbot, TEA)
    qtbot.waitUntil(lambda: dialog.settled and cell(dialog.lines, tea, M.COL_COUNTED) == "3")
    assert cell(dialog.lines, tea, M.COL_BOOK) == "9"
    assert cell(dialog.lines, tea, M.COL_DIFFERENCE) == "-6"
    assert dialog.scan_field.text() == "" and not dialog.finish_button.text().endswith(TEA)
    assert dialog.progress.text() == "1 of 2 counted · 1 differences"

    edit_cell(qtbot, dialog.table, tea, M.COL_COUNTED, "7")  # a typed quantity replaces the scans
    qtbot.waitUntil(lambda: dialog.settled and cell(dialog.lines, tea, M.COL_COUNTED) == "7")
    assert cell(dialog.lines, tea, M.COL_DIFFERENCE) == "-2"  # 7 against the 9 the books said, not the 10
    brush = dialog.lines.data(dialog.lines.index(tea, M.COL_DIFFERENCE), Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color() == LOW_BACKGROUND
    cup = line(dialog, "CUP-1")
    assert (
        dialog.lines.data(dialog.lines.index(cup, M.COL_DIFFERENCE), Qt.ItemDataRole.BackgroundRole) is None
    )

    dialog.scan("NOPE-404")  # a code no product has: said, nothing counted
    qtbot.waitUntil(lambda: dialog.settled and dialog.message.kind == "error")
    assert "NOPE-404" in dialog.message.text()

    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    confirm = dialog.confirm
    assert isinstance(confirm, QMessageBox)
    assert "1 differences" in confirm.text() and "(1)" in confirm.text()
    yes = confirm.findChild(QWidget, "countConfirmYes")
    assert yes is not None
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "adjustments booked" in page.message.text())
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed and deleted
    assert page.message.text().endswith("finished: 1 adjustments booked")

    level = inventory.stock_levels(sqlite_uow, "TEA-1")[0]
    assert level.on_hand == 7
    assert inventory.stock_levels(sqlite_uow, "CUP-1")[0].on_hand == 4  # not counted: left as it was
    adjustment = inventory.movements(sqlite_uow, "TEA-1", limit=1)[0]
    assert (adjustment.quantity, adjustment.reason.split()[0]) == (-2, "stocktake")

    row = find_row(page.products, ProductsModel.COL_SKU, "TEA-1")
    assert row is not None
    qtbot.waitUntil(lambda: cell(page.products, row, ProductsModel.COL_ON_HAND) == "7")
    page.select_product(page.products.row_at(row).id)
    qtbot.waitUntil(
        lambda: page.levels.rowCount() == 1 and cell(page.levels, 0, StockLevelsModel.COL_ON_HAND) == "7"
    )
    assert stocktakes.list_counts(sqlite_uow, open_only=True) == []


def test_counting_only_the_selected_products_then_continuing_and_cancelling(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    stocked(sqlite_uow)
    window = open_window()
    page = open_stock_page(qtbot, window)
    row = find_row(page.products, ProductsModel.COL_SKU, "CUP-1")
    assert row is not None
    page.table.selectRow(row)
    page.stocktake()
    dialog = page.window_dialog
    assert isinstance(dialog, StocktakeDialog)
    assert dialog.some_products.isEnabled() and "CUP-1" in dialog.some_products.text()
    dialog.some_products.setChecked(True)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == COUNT)
    assert [x.sku for x in dialog.lines.rows()] == ["CUP-1"]
    dialog.scan(CUP)
    qtbot.waitUntil(lambda: dialog.settled and cell(dialog.lines, 0, CountLinesModel.COL_COUNTED) == "1")
    number = dialog.number
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # the count stays open
    qtbot.waitUntil(lambda: "stays open" in page.message.text())

    page.stocktake()  # continues it
    again = page.window_dialog
    assert isinstance(again, StocktakeDialog) and again is not dialog
    qtbot.waitUntil(lambda: again.open_counts.count() == 1)
    assert number is not None and number in again.open_counts.item(0).text()
    qtbot.mouseClick(again.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.stack.currentIndex() == COUNT and again.number == number)
    assert cell(again.lines, 0, CountLinesModel.COL_COUNTED) == "1"

    again.cancel_count()
    assert again.confirm is not None
    yes = again.confirm.findChild(QWidget, "countConfirmYes")
    assert yes is not None
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nothing booked" in page.message.text())
    assert stocktakes.get_count(sqlite_uow, number).state == "cancelled"
    assert inventory.stock_levels(sqlite_uow, "CUP-1")[0].on_hand == 4


def test_a_cashier_finishes_with_a_managers_approval(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    stocked(sqlite_uow)
    users.add_user(sqlite_uow, "Olivia", "owner", "1234")
    sqlite_uow.sign_in(users.authenticate(sqlite_uow, "Olivia", "1234"))
    users.add_user(sqlite_uow, "Max", "manager", "2222")
    users.add_user(sqlite_uow, "Ann", "cashier", "1111")
    sqlite_uow.till = default_till_name()
    till.open_till(sqlite_uow, Decimal("100.00"))
    sqlite_uow.sign_in(None)
    window = open_window()
    sign_in(qtbot, window, "Ann", "1111")
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 0)

    page = open_stock_page(qtbot, window)
    dialog = start_count(qtbot, page)  # a cashier may count
    dialog.scan_field.setFocus()
    scanner(qtbot, CUP)
    qtbot.waitUntil(lambda: dialog.settled and dialog.lines.counted == 1)
    dialog.finish_now()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ApprovalDialog))
    approval = QApplication.activeModalWidget()
    assert isinstance(approval, ApprovalDialog)
    assert "Ann" in approval.reason.text()
    qtbot.keyClicks(approval.manager, "Max")
    qtbot.keyClicks(approval.pin, "2222")
    qtbot.keyClick(approval.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "adjustments booked" in page.message.text())
    assert inventory.stock_levels(sqlite_uow, "CUP-1")[0].on_hand == 1
    row = audit_trail.entries(sqlite_uow, action="count_finish")[0]
    assert (row.actor, row.approver) == ("Ann", "Max")


def test_without_approval_the_count_stays_open(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    stocked(sqlite_uow)
    users.add_user(sqlite_uow, "Olivia", "owner", "1234")
    sqlite_uow.sign_in(users.authenticate(sqlite_uow, "Olivia", "1234"))
    users.add_user(sqlite_uow, "Ann", "cashier", "1111")
    sqlite_uow.sign_in(None)
    window = open_window()
    sign_in(qtbot, window, "Ann", "1111")
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 0)
    page = open_stock_page(qtbot, window)
    dialog = start_count(qtbot, page)
    dialog.scan(TEA)
    qtbot.waitUntil(lambda: dialog.settled and dialog.lines.counted == 1)
    dialog.finish_now()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ApprovalDialog))
    approval = QApplication.activeModalWidget()
    assert approval is not None
    approval.reject()
    qtbot.waitUntil(lambda: dialog.message.kind == "error")
    assert "may not" in dialog.message.text()
    assert dialog.isVisible() and dialog.finish_button.isEnabled()
    assert dialog.number is not None and stocktakes.get_count(sqlite_uow, dialog.number).state == "open"
    dialog.reject()


def test_the_count_lines_model(qtbot: QtBot, qtmodeltester: object, sqlite_uow: UnitOfWork) -> None:
    stocked(sqlite_uow)
    number = stocktakes.start_count(sqlite_uow).value.number
    stocktakes.set_count(sqlite_uow, number, "TEA-1", 12)
    stocktakes.set_count(sqlite_uow, number, "CUP-1", 4)  # as the books say: no difference
    model = CountLinesModel()
    model.set_rows(stocktakes.get_count(sqlite_uow, number).lines)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    tea = find_row(model, CountLinesModel.COL_SKU, "TEA-1")
    assert tea is not None
    assert cell(model, tea, CountLinesModel.COL_DIFFERENCE) == "+2"
    cup = find_row(model, CountLinesModel.COL_SKU, "CUP-1")
    assert cup is not None and cell(model, cup, CountLinesModel.COL_DIFFERENCE) == "0"
    assert model.data(model.index(cup, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(tea, CountLinesModel.COL_DIFFERENCE), model.SORT_ROLE) == 2000
    typed: list[tuple[str, str]] = []
    model.typed.connect(lambda sku, text: typed.append((sku, text)))
    assert model.flags(model.index(tea, CountLinesModel.COL_COUNTED)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(tea, CountLinesModel.COL_COUNTED), "11")
    assert typed == [("TEA-1", "11")] and cell(model, tea, CountLinesModel.COL_COUNTED) == "12"
