"""Table views set up the same way everywhere: row selection, a fixed vertical header, remembered columns."""

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)


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
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(lambda position: _column_menu(view, position))
    return view


def set_columns(
    view: QTableView, widths: dict[int, int], *, stretch: int | None = None, hidden: Iterable[int] = ()
) -> None:
    """Starting column widths (the user's own are restored over them), the one column that takes the
    spare width, and the columns hidden until the user shows them (header context menu)."""
    header = view.horizontalHeader()
    for column, width in widths.items():
        view.setColumnWidth(column, width)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column in hidden:
        view.setColumnHidden(column, True)


def _column_menu(view: QTableView, position: QPoint) -> None:
    """Right-click on a header: tick the columns to show."""
    model = view.model()
    if model is None:
        return
    menu = QMenu(view)
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        action = menu.addAction(title)
        action.setCheckable(True)
        action.setChecked(not view.isColumnHidden(column))
        action.toggled.connect(lambda shown, c=column: view.setColumnHidden(c, not shown))
    menu.exec(view.horizontalHeader().mapToGlobal(position))


def restore_columns(view: QTableView, ui: QSettings) -> None:
    """Put back the column widths and order the user left (kept per table objectName)."""
    state = ui.value(f"columns/{view.objectName()}")
    if isinstance(state, QByteArray) and not state.isEmpty():
        view.horizontalHeader().restoreState(state)


def save_columns(view: QTableView, ui: QSettings) -> None:
    ui.setValue(f"columns/{view.objectName()}", view.horizontalHeader().saveState())


def commit_editor(view: QAbstractItemView) -> None:
    """Keep what the user is typing in a cell: commit and close its open editor before the rows change
    under it (a row's dataChanged would put the model's value back into the editor, and a scan that
    arrives mid-edit must not cost the typed value)."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    editor = view.indexWidget(view.currentIndex())
    if editor is None:
        return
    delegate = view.itemDelegate()
    delegate.commitData.emit(editor)
    delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
