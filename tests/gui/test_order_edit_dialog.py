"""Change… on a confirmed order, through the real dialog: a quantity typed over by double-click, a line
removed by mouse, a product added by a scan typed at whatever has the focus, a new ship-to; one call saves
it all, the detail shows the new lines and the history's before and after. A refusal is one line and the
dialog keeps what was typed; a paid order whose total drops says what is owed back, Refund… at hand."""

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.domain.order_workflow import Action
from oms_desktop.gui.dialogs.order_actions import RefundDialog
from oms_desktop.gui.dialogs.order_edit import OrderEditDialog
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.order_edit_lines import EditLine, OrderEditLinesModel
from oms_desktop.gui.models.order_parts import HistoryModel, OrderLinesModel
from oms_desktop.gui.widgets.order_detail import OrderDetailView
from oms_desktop.services import audit_trail, inventory, orders, payments
from oms_desktop.services.order_edits import LineChange
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from tests import factories
from tests.gui.conftest import ean13
from tests.gui.helpers import cell, column_texts, find_row
from tests.gui.test_orders import select_order

TEA = ean13("690123456710")
RICE = ean13("690123456711")
CUP = ean13("690123456712")


def shop(uow: UnitOfWork, *, paid: bool = False) -> str:
    """Tea, rice and cups on the shelf; a confirmed phone order of two teas and a rice (paid, if asked)."""
    factories.product(uow, "TEA-1", name="Longjing", price="30.00", stock=10, barcode=TEA)
    factories.product(uow, "RICE-5", name="Rice 5 kg", price="12.00", stock=10, barcode=RICE)
    factories.product(uow, "CUP-1", name="Cup", price="5.00", stock=10, barcode=CUP)
    buyer = factories.customer(uow).code
    request = OrderRequest(
        lines=[LineRequest("TEA-1", 2), LineRequest("RICE-5", 1)],
        channel=Channel.PHONE,
        customer_code=buyer,
        confirm=True,
    )
    number = orders.create_order(uow, request).value.number
    if paid:
        payments.take_payments(uow, number, (PaymentRequest(PaymentMethod.CASH, Decimal("72.00")),))
    return number


def open_change(qtbot: QtBot, detail: OrderDetailView) -> OrderEditDialog:
    button = detail.buttons[Action.EDIT]
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(detail.dialog, OrderEditDialog) and detail.dialog.isVisible())
    dialog = detail.dialog
    assert isinstance(dialog, OrderEditDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.scan)
    return dialog


def double_click_and_type(qtbot: QtBot, view: QTableView, row: int, column: int, text: str) -> None:
    """The mouse opens the cell's editor; a person types over it and presses Enter."""
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text, delay=60)  # a person's pace: a burst with Enter would be a scan
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QTableView.State.EditingState)


def scan_at_focus(qtbot: QtBot, code: str) -> None:
    """A scanner: the digits and Enter at a scanner's pace, into whatever has the focus."""
    widget = QApplication.focusWidget()
    assert isinstance(widget, QWidget)
    qtbot.keyClicks(widget, code)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def click_row(qtbot: QtBot, view: QTableView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_confirmed_order_changed_in_the_dialog(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    number = shop(sqlite_uow)
    window = open_window()
    window.show_page(window.ORDERS)
    page = window.orders
    select_order(qtbot, page, number)
    detail = page.detail
    change = detail.buttons[Action.EDIT]
    assert change.text() == "Chan&ge…" and change.toolTip().startswith("Allowed for an order")
    dialog = open_change(qtbot, detail)
    M = OrderEditLinesModel
    assert column_texts(dialog.lines, M.COL_SKU) == ["TEA-1", "RICE-5"]
    assert dialog.table.isColumnHidden(M.COL_SHIPPED)  # nothing has left yet
    assert not dialog.reason.isEnabled()  # no price lowered
    assert dialog.summary.text() == "2 lines · 72.00 before tax (was 72.00)"

    # Three teas instead of two: the mouse opens the cell, the keys type it.
    double_click_and_type(qtbot, dialog.table, 0, M.COL_QTY, "3")
    assert cell(dialog.lines, 0, M.COL_QTY) == "3"
    # The rice goes: its row clicked, then Remove line.
    click_row(qtbot, dialog.table, 1)
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert column_texts(dialog.lines, M.COL_SKU) == ["TEA-1"]
    # A cup is scanned while the focus is on the table (not in the scan field): the catcher takes it.
    dialog.table.setFocus()
    scan_at_focus(qtbot, CUP)
    qtbot.waitUntil(lambda: dialog.lines.rowCount() == 2)
    assert column_texts(dialog.lines, M.COL_SKU) == ["TEA-1", "CUP-1"]
    assert cell(dialog.lines, 1, M.COL_PRICE) == "5.00" and cell(dialog.lines, 1, M.COL_QTY) == "1"
    assert dialog.message.text() == "CUP-1 · Cup: 1 on the order"
    # A second scan is one more on the same line.
    scan_at_focus(qtbot, CUP)
    qtbot.waitUntil(lambda: cell(dialog.lines, 1, M.COL_QTY) == "2")
    assert dialog.summary.text() == "2 lines · 100.00 before tax (was 72.00)"
    # A new ship-to, typed.
    dialog.ship_to.selectAll()
    for i, part in enumerate(("Li Si", "Jianguo Road 88, Beijing", "13900139000")):
        if i:
            qtbot.keyClick(dialog.ship_to, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.ship_to, part, delay=40)
    qtbot.wait(80)  # the scan catcher hands a person's last key on after a scanner's gap
    asked = dialog.value()
    assert asked.set_lines == [LineChange("TEA-1", 3), LineChange("CUP-1", 2)]
    assert list(asked.remove) == ["RICE-5"]
    assert asked.ship_to == "Li Si\nJianguo Road 88, Beijing\n13900139000"

    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert detail.message.text() == (
        f"{number} changed: TEA-1 2 → 3; CUP-1 added 2 @ 5.00; RICE-5 removed; ship-to changed; "
        "total 72.00 → 100.00"
    )
    assert column_texts(detail.lines, OrderLinesModel.COL_SKU) == ["TEA-1", "CUP-1"]
    assert column_texts(detail.lines, OrderLinesModel.COL_QTY) == ["3", "2"]
    assert detail.sums["total"].text() == "¥100.00"
    assert "Li Si" in detail.header.facts.text()
    assert column_texts(detail.history, HistoryModel.COL_ACTION)[-1] == "Changed"
    said = column_texts(detail.history, HistoryModel.COL_DETAIL)[-1]
    assert said == "TEA-1 2 → 3; CUP-1 added 2 @ 5.00; RICE-5 removed; ship-to changed; total 72.00 → 100.00"
    assert not detail.owed_row.isVisible()  # nothing was paid
    held = {sku: inventory.stock_levels(sqlite_uow, sku)[0].reserved for sku in ("TEA-1", "RICE-5", "CUP-1")}
    assert held == {"TEA-1": 3, "RICE-5": 0, "CUP-1": 2}


def test_a_refusal_keeps_the_dialog_and_what_was_typed(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    number = shop(sqlite_uow)
    window = open_window()
    window.show_page(window.ORDERS)
    select_order(qtbot, window.orders, number)
    detail = window.orders.detail
    dialog = open_change(qtbot, detail)
    M = OrderEditLinesModel
    double_click_and_type(qtbot, dialog.table, 0, M.COL_QTY, "50")  # ten on the shelf
    dialog.scan.setFocus()
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)  # Enter in the empty scan field saves
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message.kind == "error")
    assert dialog.message.text() == "Out of stock: TEA-1 — 50 asked, 10 available at MAIN"
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert cell(dialog.lines, 0, M.COL_QTY) == "50"  # as typed, to correct
    assert orders.get_order(sqlite_uow, number).lines[0].quantity == 2  # nothing written

    # Corrected, it saves; a typed word where a price goes is refused in the cell, in one line.
    double_click_and_type(qtbot, dialog.table, 0, M.COL_PRICE, "cheap")
    assert dialog.message.text() == "'cheap' is not an amount"
    double_click_and_type(qtbot, dialog.table, 0, M.COL_QTY, "4")
    dialog.scan.setFocus()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: column_texts(detail.lines, OrderLinesModel.COL_QTY) == ["4", "1"])


def test_a_scan_of_an_unknown_code_adds_nothing_and_a_lowered_price_asks_why(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    number = shop(sqlite_uow)
    window = open_window()
    window.show_page(window.ORDERS)
    select_order(qtbot, window.orders, number)
    detail = window.orders.detail
    dialog = open_change(qtbot, detail)
    M = OrderEditLinesModel
    scan_at_focus(qtbot, ean13("690999999999"))
    qtbot.waitUntil(lambda: dialog.message.kind == "error")
    assert dialog.message.text().startswith("Nothing found for '690999999999")
    assert dialog.lines.rowCount() == 2

    double_click_and_type(qtbot, dialog.table, 0, M.COL_PRICE, "27.00")
    assert dialog.reason.isEnabled()
    assert dialog.lines.row_at(0).lowered
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "regular customer", delay=60)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert detail.sums["total"].text() == "¥66.00"
    overrides = audit_trail.entries(sqlite_uow, action="price_override")
    assert overrides and overrides[0].subject == number
    assert overrides[0].detail.endswith(": regular customer")


def test_a_paid_order_whose_total_drops_owes_money_back(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    number = shop(sqlite_uow, paid=True)
    window = open_window()
    window.show_page(window.ORDERS)
    page = window.orders
    page.search.setText(number)  # a filtered list is read again after the change (not patched in place)
    page.apply_filter()
    select_order(qtbot, page, number)
    detail = page.detail
    assert not detail.owed_row.isVisible()
    dialog = open_change(qtbot, detail)
    double_click_and_type(qtbot, dialog.table, 0, OrderEditLinesModel.COL_QTY, "1")
    with qtbot.waitSignal(page.model.loaded):  # the list's reload, which reselects the order
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.owed_row.isVisible())
    assert detail.owed.text() == "Owed back to the customer: ¥30.00"
    qtbot.wait(200)
    # Reselected after the reload, the order keeps what the change said (a reload had wiped it).
    assert detail.message.text() == f"{number} changed: TEA-1 2 → 1; total 72.00 → 42.00"
    assert detail.owed_refund.isEnabled()

    detail.dialog = None
    qtbot.mouseClick(detail.owed_refund, Qt.MouseButton.LeftButton)
    refund = detail.dialog
    assert isinstance(refund, RefundDialog)
    assert refund.amount.value() == Decimal("30.00")  # what is owed, not all that was paid
    qtbot.keyClick(refund, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not detail.owed_row.isVisible())
    assert detail.sums["paid"].text() == "¥42.00" and detail.sums["balance"].text() == "¥0.00"


def test_the_edit_lines_model(qtmodeltester, sqlite_uow: UnitOfWork) -> None:  # type: ignore[no-untyped-def]
    number = shop(sqlite_uow)
    saved = orders.get_order(sqlite_uow, number)
    model = OrderEditLinesModel()
    model.set_rows([EditLine.saved(line) for line in saved.lines])
    qtmodeltester.check(model)
    said: list[str] = []
    model.refused.connect(said.append)
    assert not model.setData(model.index(0, OrderEditLinesModel.COL_QTY), "0")
    assert not model.setData(model.index(0, OrderEditLinesModel.COL_DISCOUNT), "lots")
    assert said == ["'0' is not a quantity above zero", "'lots' is not an amount"]
    assert model.changes() == []  # nothing changed: nothing asked
    assert model.setData(model.index(0, OrderEditLinesModel.COL_DISCOUNT), "5")
    assert model.changes() == [LineChange("TEA-1", 2, None, Decimal("5"))]
    assert model.lowered()
    assert find_row(model, OrderEditLinesModel.COL_AMOUNT, "55.00") == 0


def test_text_typed_at_a_scanners_pace_into_the_ship_to_stays_there(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    number = shop(sqlite_uow)
    window = open_window()
    window.show_page(window.ORDERS)
    select_order(qtbot, window.orders, number)
    dialog = open_change(qtbot, window.orders.detail)
    box = dialog.ship_to
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.End)
    before = box.toPlainText()
    scan_at_focus(qtbot, ", Hangzhou")  # no such product: it was typed, not scanned
    qtbot.waitUntil(lambda: box.toPlainText() == before + ", Hangzhou\n")
    assert dialog.message.kind != "error" and dialog.lines.rowCount() == 2
