"""Cashiers at the window: the sign-in screen, Ctrl+L to lock and switch (the open sale is kept), and a
manager's override typed on the spot when a cashier's action is refused."""

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oms_desktop import this_computer
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.gui import operations
from oms_desktop.gui.dialogs.approval import ApprovalDialog
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.services import audit_trail, orders, till, users
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from tests import factories
from tests.gui.helpers import scan

TEA = "6901234567892"


@pytest.fixture
def staffed(sqlite_uow: UnitOfWork) -> UnitOfWork:
    """Tea on the shelf; Olivia (owner), Max (manager) and Ann (cashier); this till open with a float."""
    uow = sqlite_uow
    factories.product(uow, "TEA-1", name="Longjing", price="12.50", tax=1300, stock=10, barcode=TEA)
    users.add_user(uow, "Olivia", "owner", "1234")
    uow.sign_in(users.authenticate(uow, "Olivia", "1234"))
    users.add_user(uow, "Max", "manager", "2222")
    users.add_user(uow, "Ann", "cashier", "1111")
    uow.till = this_computer.default_till_name()
    till.open_till(uow, Decimal("200.00"))
    uow.sign_in(None)
    return uow


def sign_in(qtbot: QtBot, window: MainWindow, name: str, pin: str) -> None:
    screen = window.sign_in_screen
    qtbot.keyClicks(screen.name, name)
    qtbot.keyClick(screen.name, Qt.Key.Key_Return)  # on to the PIN, as a badge scanner's Enter does
    qtbot.keyClicks(screen.pin, pin)
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)


def test_the_window_opens_on_sign_in_locks_with_ctrl_l_and_keeps_the_sale(
    qtbot: QtBot, staffed: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    assert window.screens.currentWidget() is window.sign_in_screen
    sign_in(qtbot, window, "Ann", "9999")
    qtbot.waitUntil(lambda: "Wrong name or PIN" in window.sign_in_screen.message.text())
    assert window.screens.currentWidget() is window.sign_in_screen
    screen = window.sign_in_screen
    assert screen.name.text() == "Ann" and screen.pin.text() == "" and screen.pin.hasFocus()
    qtbot.keyClicks(screen.pin, "1111")  # the name stays; only the PIN again
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 0)
    assert "Ann" in window.user_label.text() and "Cashier" in window.user_label.text()

    scan(qtbot, window.counter.search, TEA)
    assert window.counter.cart.rowCount() == 1
    qtbot.keyClick(window.counter.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.sign_in_screen)
    assert window.sign_in_screen.name.hasFocus()
    sign_in(qtbot, window, "max", "2222")  # the next person; any case
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 0)
    assert "Max" in window.user_label.text()
    assert window.counter.cart.rowCount() == 1, "the open sale stays on the counter"


def test_a_refused_refund_goes_through_with_a_managers_pin(
    qtbot: QtBot, staffed: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    staffed.sign_in(users.authenticate(staffed, "Ann", "1111"))
    total = orders.quote(staffed, [LineRequest("TEA-1", 1)]).total
    number = orders.create_order(
        staffed, OrderRequest([LineRequest("TEA-1", 1)], payments=[PaymentRequest(PaymentMethod.CARD, total)])
    ).value.number
    window = open_window()
    sign_in(qtbot, window, "Ann", "1111")
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 0)

    results: list[object] = []
    operations.orders.refund(number, Decimal("2.00"), PaymentMethod.CARD, "goodwill").run(
        window.ctx.tasks, results.append, results.append
    )
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ApprovalDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ApprovalDialog)
    assert "Ann" in dialog.reason.text() and "manager" in dialog.reason.text()
    qtbot.keyClicks(dialog.manager, "Ann")  # a cashier cannot approve
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "cannot approve their own action" in dialog.message.text())
    assert dialog.isVisible() and results == []
    dialog.manager.clear()
    qtbot.keyClicks(dialog.manager, "Max")
    qtbot.keyClicks(dialog.pin, "2222")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(results) == 1)
    assert not isinstance(results[0], Exception), results
    assert orders.get_order(staffed, number).paid == total - Decimal("2.00")
    row = audit_trail.entries(staffed, action="refund")[0]
    assert (row.actor, row.approver) == ("Ann", "Max")


def test_cancelling_the_approval_shows_the_refusal_and_changes_nothing(
    qtbot: QtBot, staffed: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    sign_in(qtbot, window, "Ann", "1111")
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 0)
    results: list[object] = []
    operations.stock.adjust("TEA-1", -1, "broken", None).run(window.ctx.tasks, results.append, results.append)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ApprovalDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(lambda: len(results) == 1)
    assert "may not adjust stock" in str(results[0])
    assert audit_trail.entries(staffed, action="stock_adjust") == []


def test_left_idle_the_window_locks_and_the_sale_waits(
    qtbot: QtBot, staffed: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    sign_in(qtbot, window, "Ann", "1111")
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 0)
    scan(qtbot, window.counter.search, TEA)
    window._idle_ms = 300  # the owner's setting is minutes; the same timer, shorter
    window._restart_idle()
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.sign_in_screen, timeout=3000)
    assert "Signed out" in window.user_label.text()
    sign_in(qtbot, window, "Ann", "1111")
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 0)
    assert window.counter.cart.rowCount() == 1
