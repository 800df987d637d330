"""Table models over lists of the services' plain view objects.

Every model has `COL_*` constants, answers `SORT_ROLE` with an exact key (int or str, never a float) and
`OBJECT_ROLE` with the row's view object. `PagedModel` loads rows a page at a time on the worker thread
as the view scrolls (canFetchMore / fetchMore), so that no list ever reads a whole table.
"""

import dataclasses
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui.tasks import TaskRunner

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of view objects in columns; subclasses give the headers and how a column reads a row."""

    SORT_ROLE = SORT_ROLE
    OBJECT_ROLE = OBJECT_ROLE
    RIGHT_ALIGNED: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        # Views ask for headers thousands of times; translate them once (and again in retranslate()).
        self._headers = self.headers()
        self._column_count = len(self._headers)

    # --- what subclasses say ---------------------------------------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: T, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: T, column: int) -> int | str:
        return self.text(row, column)

    def decoration(self, row: T, column: int, role: int) -> Any:
        """Colours, fonts and tooltips for a cell; None for the default look."""
        return None

    def retranslate(self) -> None:
        """Read the headers again after the language changed."""
        self._headers = self.headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._column_count - 1)

    # --- the rows ------------------------------------------------------------------------------------

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[T]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def replace_row(self, row: int, value: T) -> None:
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, self._column_count - 1))

    def remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def find(self, match: Callable[[T], bool]) -> int | None:
        """The first row that matches, or None."""
        return next((i for i, row in enumerate(self._rows) if match(row)), None)

    def update_rows(self, fresh: Sequence[T], key: Callable[[T], Hashable]) -> list[T]:
        """Replace the rows that have the same key as a fresh one; return the fresh rows not shown."""
        where = {key(r): i for i, r in enumerate(self._rows)}
        missing = []
        for value in fresh:
            row = where.get(key(value))
            if row is None:
                missing.append(value)
            else:
                self.replace_row(row, value)
        return missing

    # --- Qt ----------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._column_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self._column_count:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(RIGHT if section in self.RIGHT_ALIGNED else LEFT)
        elif role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == OBJECT_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column in self.RIGHT_ALIGNED else LEFT)
        return self.decoration(row, column, role)


class PagedModel(RowsModel[T]):
    """Rows fetched a page at a time on the worker as the view asks for more.

    A subclass says how to read one page (`load_page`, on the worker, from an immutable `query()` taken
    on the GUI thread). `fetch_count` counts page reads, so tests can prove that the list stays lazy.
    """

    page_size = 200
    loaded = Signal()  # a page (or a refreshed first page) has arrived

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None, *, idle: bool = False) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._cursor: Any = None
        self._more = not idle
        self.idle = idle  # an idle model reads nothing until reload() (e.g. no customer chosen yet)
        self._loading = False
        self._generation = 0
        self.fetch_count = 0

    def query(self) -> Any:
        """What the rows are (filters, sort), captured on the GUI thread for the worker."""
        return None

    def load_page(self, uow: UnitOfWork, query: Any, cursor: Any, limit: int) -> tuple[list[T], Any]:
        """On the worker: the rows after `cursor` (None: the first page) and the next cursor (None: end)."""
        raise NotImplementedError

    @property
    def loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        """Read the first page again; the rows shown stay until it arrives (no flicker, no empty list)."""
        self._generation += 1
        self._loading = False
        self.idle = False
        self._request(None, replace=True)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request(self._cursor, replace=not self._rows)

    def _request(self, cursor: Any, *, replace: bool) -> None:
        self._loading = True
        self.fetch_count += 1
        generation, query, limit = self._generation, self.query(), self.page_size
        self._tasks.run(
            lambda uow: self.load_page(uow, query, cursor, limit),
            lambda page: self._arrived(generation, replace, page),
            lambda _error: self._arrived(generation, replace, ([], None)),
            owner=self,
        )

    def _arrived(self, generation: int, replace: bool, page: tuple[list[T], Any]) -> None:
        if generation != self._generation:
            return  # the filter or sort changed while this page was on its way
        rows, cursor = page
        self._loading = False
        self._cursor = cursor
        self._more = cursor is not None
        if replace:
            self.set_rows(rows)
        else:
            self.append_rows(rows)
        self.loaded.emit()


class SearchedPagedModel(PagedModel[T]):
    """A paged list searched and sorted by the database: the query is a frozen dataclass with `text`, `sort`
    and `descending`; a search or a header click replaces it and reads the list again."""

    SORT_KEYS: dict[int, str] = {}  # column -> the service's sort key; columns not named do not sort

    def __init__(
        self, tasks: TaskRunner, query: Any, parent: QObject | None = None, *, idle: bool = False
    ) -> None:
        super().__init__(tasks, parent, idle=idle)
        self._query = query

    def query(self) -> Any:
        return self._query

    def search(self, text: str) -> None:
        query = dataclasses.replace(self._query, text=text.strip())
        if query != self._query:
            self._query = query
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Read the list again in this column's order (an idle list only remembers it)."""
        key = self.SORT_KEYS.get(column)
        query = dataclasses.replace(
            self._query, sort=key or "", descending=order == Qt.SortOrder.DescendingOrder
        )
        if key is None or query == self._query:
            return
        self._query = query
        if not self.idle:
            self.reload()
