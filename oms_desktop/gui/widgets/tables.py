"""Table views set up the same way everywhere: row selection, a fixed vertical header, remembered columns."""

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def make_table(name: str, parent: QWidget | None = None, *, sortable: bool = True) -> QTableView:
    """A read-only, row-selecting table with a stable objectName (for automation and style sheets)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(sortable)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = view.verticalHeader()
    # ResizeToContents on the vertical header measures every row: with a million rows it hangs.
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(26)
    vertical.hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionsMovable(True)
    return view


def set_widths(view: QTableView, widths: dict[int, int]) -> None:
    for column, width in widths.items():
        view.setColumnWidth(column, width)


def restore_columns(view: QTableView, ui: QSettings) -> None:
    """Put back the column widths and order the user left (kept per table objectName)."""
    state = ui.value(f"columns/{view.objectName()}")
    if isinstance(state, QByteArray) and not state.isEmpty():
        view.horizontalHeader().restoreState(state)


def save_columns(view: QTableView, ui: QSettings) -> None:
    ui.setValue(f"columns/{view.objectName()}", view.horizontalHeader().saveState())
