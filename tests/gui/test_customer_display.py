"""The customer display follows the counter: the lines, the total, and the change due after paying."""

from collections.abc import Callable
from decimal import Decimal

from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.services.orders import PaymentRequest
from tests import factories
from tests.gui.helpers import scan, settle

TEA = "6901234567892"


def test_the_customer_sees_the_lines_the_total_and_the_change(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    factories.product(sqlite_uow, "TEA-1", name="Longjing", price="12.50", stock=5, barcode=TEA)
    window = open_window()
    display, counter = window.customer_display, window.counter
    assert not display.isVisible()  # off unless this till has one
    window.toggle_customer_display()  # Ctrl+Shift+D
    assert display.isVisible()
    scan(qtbot, counter.search, TEA)
    scan(qtbot, counter.search, TEA)
    settle(qtbot, counter)
    assert [label.text() for label in display.rows[0]] == ["Longjing", "2", "25.00"]
    assert (display.caption.text(), display.figure.text()) == ("Total", "¥25.00")
    counter.submit_sale([PaymentRequest(PaymentMethod.CASH, Decimal("25.00"), Decimal("30.00"))])
    qtbot.waitUntil(lambda: display.caption.text() == "Change due")
    assert display.figure.text() == "¥5.00" and display.note.text() == "Thank you!"
    assert display.rows[0][0].text() == ""  # the sale is done: its lines are gone
    display.close()  # from the customer's side: hidden, not destroyed
    assert not display.isVisible()
    window.toggle_customer_display()
    assert display.isVisible() and display.figure.text() == "¥5.00"
