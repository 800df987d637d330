"""The counter keeps its sale: parked with a note (F7) and recalled (Shift+F7), kept across closing the
window, and Esc on the empty search field asks before it clears the cart."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui.main_window import MainWindow
from tests import factories
from tests.gui.helpers import scan, settle

TEA, SEEDS = "6901234567892", "6901234567809"


@pytest.fixture
def shop(sqlite_uow: UnitOfWork) -> UnitOfWork:
    factories.product(sqlite_uow, "TEA-1", name="Longjing", price="12.50", tax=1300, stock=10, barcode=TEA)
    factories.product(sqlite_uow, "SNK-1", name="Seeds", price="3.20", tax=1300, stock=10, barcode=SEEDS)
    return sqlite_uow


def test_park_serve_the_next_customer_and_recall(
    qtbot: QtBot, shop: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    counter = open_window().counter
    scan(qtbot, counter.search, TEA)
    scan(qtbot, counter.search, TEA)
    settle(qtbot, counter)
    qtbot.keyClick(counter.search, Qt.Key.Key_F7)
    dialog = counter.parking.park_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.note, "red coat, fetching wallet")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.cart.rowCount() == 0)
    assert "parked as #1" in counter.message.text()

    scan(qtbot, counter.search, SEEDS)  # the next customer
    settle(qtbot, counter)
    counter.parking.recall()  # Shift+F7 (the shortcut needs the window active again after a dialog)
    assert "Finish or park the sale on the counter first" in counter.message.text()
    counter.parking.park()
    second = counter.parking.park_dialog
    assert second is not None
    qtbot.keyClick(second.note, Qt.Key.Key_Return)  # no note
    qtbot.waitUntil(lambda: counter.cart.rowCount() == 0)

    counter.parking.recall()
    recall = counter.parking.recall_dialog
    assert recall is not None
    qtbot.waitUntil(lambda: recall.list.count() == 2)
    assert "red coat" in recall.list.item(0).text() and "¥28.25" in recall.list.item(0).text()
    qtbot.keyClick(recall.list, Qt.Key.Key_Return)  # the oldest, chosen at once
    qtbot.waitUntil(lambda: counter.cart.rowCount() == 1)
    settle(qtbot, counter)
    assert counter.sale.lines[0].sku == "TEA-1" and counter.sale.lines[0].quantity == 2
    assert counter.total.text() == "¥28.25"
    assert "recalled" in counter.message.text()


def test_the_sale_on_the_counter_survives_closing_the_window(
    qtbot: QtBot, shop: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    first = open_window()
    scan(qtbot, first.counter.search, TEA)
    scan(qtbot, first.counter.search, SEEDS)
    key = first.counter.sale.key
    first.close()
    again = open_window().counter
    assert [line.sku for line in again.sale.lines] == ["TEA-1", "SNK-1"]
    assert again.sale.key == key, "the same sale: paying it cannot make a second order"
    assert "was kept: 2 lines" in again.message.text()
    settle(qtbot, again)
    assert again.total.text() == "¥17.75"


def test_escape_on_an_empty_field_asks_before_clearing(
    qtbot: QtBot, shop: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    counter = open_window().counter
    scan(qtbot, counter.search, TEA)
    qtbot.keyClick(counter.search, Qt.Key.Key_Escape)
    question = counter.clear_question
    assert isinstance(question, QMessageBox) and question.isVisible()
    assert question.text() == "Clear the sale of 1 line? Ctrl+Z puts it back."  # one line, not "1 lines"
    qtbot.keyClick(question, Qt.Key.Key_Return)  # the default is No
    qtbot.waitUntil(lambda: not question.isVisible())
    assert counter.cart.rowCount() == 1
    qtbot.keyClick(counter.search, Qt.Key.Key_Escape)
    question = counter.clear_question
    question.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: counter.cart.rowCount() == 0)
