"""The open-price key: F3, an amount typed, Enter; the line is sold at that amount, tax worked out of it."""

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.services import orders
from oms_desktop.services import settings as shop_settings
from tests.gui.helpers import settle


def test_f3_rings_up_an_item_without_a_barcode_for_a_typed_amount(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    current = shop_settings.get_settings(sqlite_uow)
    shop_settings.save_settings(
        sqlite_uow, shop_settings.ShopSettings(**{**current.__dict__, "prices_include_tax": True})
    )
    counter = open_window().counter
    qtbot.keyClick(counter.search, Qt.Key.Key_F3)
    dialog = counter.open_price_dialog
    qtbot.keyClicks(dialog.amount, "0")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert "Type the amount" in dialog.message.text()  # nothing added
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "12.50")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.cart.rowCount() == 1)
    counter.open_price()  # a second one is a line of its own
    second = counter.open_price_dialog
    qtbot.keyClicks(second.amount, "3.00")
    qtbot.keyClick(second.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.cart.rowCount() == 2)
    settle(qtbot, counter)
    assert counter.total.text() == "¥15.50" and counter.tax_caption.text() == "Incl. tax"
    counter.submit_sale([orders.PaymentRequest(orders.PaymentMethod.CASH, Decimal("15.50"))])
    qtbot.waitUntil(lambda: counter.last_order is not None)
    sale = counter.last_order
    assert sale is not None and [ln.total for ln in sale.lines] == [Decimal("12.50"), Decimal("3.00")]
    assert sale.tax == Decimal("1.79")  # 15.50 x 13 / 113, line by line: 1.44 + 0.35
