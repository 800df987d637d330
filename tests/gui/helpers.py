"""What a cashier's hands do, for the window tests: scan, edit a cell, read a table."""

from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot


def scan(qtbot: QtBot, field: QLineEdit, code: str, *, wait: bool = True) -> None:
    """A barcode scanner: the digits typed into the focused field, then Enter. The scan is resolved on
    the database worker; unless `wait` is False, this waits until the page shows its answer."""
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    if wait:
        settle(qtbot, field)


def settle(qtbot: QtBot, widget: QWidget) -> None:
    """Wait until the page holding `widget` has applied every scan and shows the core's prices."""
    page: QObject | None = widget
    while page is not None and not hasattr(page, "settled"):
        page = page.parent()
    if page is not None:
        qtbot.waitUntil(lambda: bool(page.settled))


def edit_cell(qtbot: QtBot, view: QTableView, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a double-click would, type `text` over it and press Enter."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit), "no editor opened"
    editor.selectAll()
    # At a person's pace: keys at a scanner's pace followed by Enter are rung up as a scan.
    qtbot.keyClicks(editor, text, delay=60)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on a queued call after Enter.
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def cell(model: QAbstractItemModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def column_texts(model: QAbstractItemModel, column: int) -> list[str]:
    return [cell(model, row, column) for row in range(model.rowCount())]


def find_row(model: QAbstractItemModel, column: int, text: str) -> int | None:
    for row in range(model.rowCount()):
        if cell(model, row, column) == text:
            return row
    return None


def focused() -> QWidget | None:
    return QApplication.focusWidget()
