"""Returns and exchanges at the counter with the keyboard: F12, the receipt's number scanned, quantities
typed, the money back; an exchange rung up on the counter and the difference paid with F8."""

from collections.abc import Callable
from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QMessageBox
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.gui.dialogs.pay import PayDialog
from oms_desktop.gui.dialogs.sale_return import CounterReturnDialog
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.pages.counter import CounterPage
from oms_desktop.services import customers, inventory, orders
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from tests import factories
from tests.gui.helpers import scan, settle

TEE, HOODIE = "6901234567892", "6901234567809"


@pytest.fixture
def sold(sqlite_uow: UnitOfWork) -> str:
    factories.product(sqlite_uow, "TEE", name="T-shirt", price="50.00", stock=5, barcode=TEE)
    factories.product(sqlite_uow, "HOODIE", name="Hoodie", price="80.00", stock=5, barcode=HOODIE)
    lines = [LineRequest("TEE", 2)]
    pay = [PaymentRequest(PaymentMethod.CARD, Decimal("100.00"))]
    return orders.create_order(sqlite_uow, OrderRequest(lines, payments=pay)).value.number


def _closed(dialog: CounterReturnDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed dialogs are deleted


def _dialog(qtbot: QtBot, window: MainWindow, number: str) -> CounterReturnDialog:
    counter = window.counter
    qtbot.keyClick(counter.search, Qt.Key.Key_F12)
    dialog = counter.returns.dialog
    assert isinstance(dialog, CounterReturnDialog) and dialog.isVisible()
    scan(qtbot, dialog.number, number, wait=False)
    qtbot.waitUntil(lambda: dialog.lines.rowCount() == 1)
    return dialog


def _exchange_everything(qtbot: QtBot, window: MainWindow, sold: str) -> CounterPage:
    """F12, the sale scanned, All, Exchange: the counter waits for the new goods."""
    dialog = _dialog(qtbot, window, sold)
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.exchange_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _closed(dialog))
    return window.counter


def test_a_partial_return_gives_the_money_back_the_way_it_was_paid(
    qtbot: QtBot, sold: str, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    dialog = _dialog(qtbot, window, sold)
    spin = dialog.lines.cellWidget(0, 4)
    assert isinstance(spin, QDoubleSpinBox) and spin.maximum() == 2 and spin.hasFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert dialog.value.text() == "Back: ¥50.00"
    qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _closed(dialog))
    text = window.counter.message.text()
    assert "Return RT-" in text and "Card ¥50.00" in text
    detail = orders.get_order(sqlite_uow, sold)
    assert detail.returned == Decimal("50.00") and detail.lines[0].returned == 1
    assert inventory.stock_levels(sqlite_uow, "TEE")[0].on_hand == 4


def test_an_exchange_is_rung_up_on_the_counter_and_the_difference_paid_with_f8(
    qtbot: QtBot, sold: str, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    counter = _exchange_everything(qtbot, open_window(), sold)
    assert counter.exchange_credit.text() == "-¥100.00"
    scan(qtbot, counter.search, HOODIE)
    scan(qtbot, counter.search, HOODIE)
    settle(qtbot, counter)
    assert (counter.total_caption.text(), counter.total.text()) == ("To pay", "¥60.00")
    counter.pay()  # F8 (the shortcut needs the window active again after a dialog)
    pay = counter.pay_dialog
    assert isinstance(pay, PayDialog) and pay.due == Decimal("60.00")
    qtbot.keyClick(pay, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.cart.rowCount() == 0)
    assert "Exchange RT-" in counter.message.text() and "paid ¥60.00" in counter.message.text()
    assert not counter.exchange_credit.isVisible()
    assert inventory.stock_levels(sqlite_uow, "TEE")[0].on_hand == 5
    assert inventory.stock_levels(sqlite_uow, "HOODIE")[0].on_hand == 3


def test_an_exchange_for_less_asks_before_giving_the_rest_back(
    qtbot: QtBot, sold: str, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    counter = _exchange_everything(qtbot, open_window(), sold)
    scan(qtbot, counter.search, HOODIE)
    settle(qtbot, counter)
    assert (counter.total_caption.text(), counter.total.text()) == ("To give back", "¥20.00")
    counter.pay()
    question = counter.returns.question
    assert isinstance(question, QMessageBox) and "¥20.00 less" in question.text()
    qtbot.keyClick(question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.cart.rowCount() == 0)
    assert "given back Card ¥20.00" in counter.message.text()


def test_store_credit_is_offered_at_the_counter_for_a_customer_who_has_some(
    qtbot: QtBot, sold: str, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    from oms_desktop.domain import RefundTo
    from oms_desktop.services.sale_returns import ReturnItem, ReturnRequest, take_back

    zhang = factories.customer(sqlite_uow)
    take_back(
        sqlite_uow,
        ReturnRequest(sold, [ReturnItem("TEE", 1)], RefundTo.STORE_CREDIT, customer_code=zhang.code),
    )
    counter = open_window().counter
    assert PaymentMethod.STORE_CREDIT not in counter.payment_methods()  # walk-in: not offered
    counter.customer.set_customer(customers.get_customer(sqlite_uow, zhang.code))
    assert "store credit ¥50.00" in counter.message.text()
    assert counter.payment_methods()[-1] is PaymentMethod.STORE_CREDIT


def test_a_receipt_scanned_at_the_counter_opens_its_return(
    qtbot: QtBot, sold: str, open_window: Callable[[], MainWindow]
) -> None:
    counter = open_window().counter
    scan(qtbot, counter.search, sold, wait=False)  # the receipt's barcode is the order number
    qtbot.waitUntil(lambda: counter.returns.dialog is not None and counter.returns.dialog.sale is not None)
    dialog = counter.returns.dialog
    assert dialog is not None and dialog.number.text() == sold and dialog.lines.rowCount() == 1


def test_the_orders_page_shows_what_came_back(
    qtbot: QtBot, sold: str, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    from oms_desktop.services.sale_returns import ReturnItem, ReturnRequest, take_back

    back = take_back(sqlite_uow, ReturnRequest(sold, [ReturnItem("TEE", 1)])).value
    window = open_window()
    detail = window.orders.detail
    detail.show_order(sold)
    qtbot.waitUntil(lambda: back.number in detail.header.facts.text())
    assert f"Returned: ¥50.00 ({back.number})" in detail.header.facts.text()


def test_f9_after_a_return_shows_its_receipt_and_after_the_next_sale_that_sales(
    qtbot: QtBot, sold: str, open_window: Callable[[], MainWindow]
) -> None:
    from oms_desktop.gui.dialogs.document_preview import DocumentPreview
    from oms_desktop.gui.dialogs.return_receipt_preview import ReturnReceiptPreview

    window = open_window()
    counter = window.counter
    dialog = _dialog(qtbot, window, sold)
    qtbot.keyClick(dialog.lines.cellWidget(0, 4), Qt.Key.Key_Up)
    qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _closed(dialog))
    counter.receipt()  # F9
    preview = counter.preview_dialog
    assert isinstance(preview, ReturnReceiptPreview) and preview.windowTitle().endswith(
        counter.returns.last.number
    )
    qtbot.waitUntil(lambda: preview.document.pageCount() == 1)
    preview.close()
    scan(qtbot, counter.search, HOODIE)
    counter.submit_sale([PaymentRequest(PaymentMethod.CASH, Decimal("80.00"))])
    qtbot.waitUntil(lambda: counter.last_order is not None)
    counter.receipt()
    assert isinstance(counter.preview_dialog, DocumentPreview)


def test_the_orders_list_owes_nothing_for_goods_that_came_back(sold: str, sqlite_uow: UnitOfWork) -> None:
    from oms_desktop.services import order_pages
    from oms_desktop.services.order_filters import OrderFilter
    from oms_desktop.services.sale_returns import ReturnItem, ReturnRequest, take_back

    take_back(sqlite_uow, ReturnRequest(sold, [ReturnItem("TEE", 1)]))
    (row,) = order_pages.list_orders(sqlite_uow, OrderFilter(search=sold))
    assert (row.total, row.returned, row.paid, row.balance) == (
        Decimal("100.00"),
        Decimal("50.00"),
        Decimal("50.00"),
        Decimal("0.00"),
    )  # it said 50.00 owed: the list forgot what came back
