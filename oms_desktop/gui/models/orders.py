"""The order list: a lazy, keyset-paged model that opens a million orders as fast as a hundred."""

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Qt

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui import labels
from oms_desktop.gui.formatting import local_time, minor, money, sort_time
from oms_desktop.gui.models.base import PagedModel
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.services import order_pages
from oms_desktop.services.changes import Changes
from oms_desktop.services.order_filters import OrderFilter
from oms_desktop.services.order_pages import ALL_ORDERS
from oms_desktop.services.records import OrderSummary


@dataclass(frozen=True)
class OrderQuery:
    """What the list shows: the filter and the server-side sort."""

    filter: OrderFilter = ALL_ORDERS
    sort: str = "created_at"
    descending: bool = True


class OrdersModel(PagedModel[OrderSummary]):
    """Orders a page at a time; sorting and filtering happen in the database, never on loaded rows."""

    COL_NUMBER, COL_DATE, COL_CUSTOMER, COL_CHANNEL, COL_STATUS, COL_TOTAL, COL_PAID, COL_BALANCE = range(8)
    COL_PROBLEMS = 8  # filled in the problems view only (services/order_problems.py); not sortable
    RIGHT_ALIGNED = frozenset({COL_TOTAL, COL_PAID, COL_BALANCE})
    SORT_KEYS = {
        COL_NUMBER: "number",
        COL_DATE: "created_at",
        COL_CUSTOMER: "customer",
        COL_CHANNEL: "channel",
        COL_STATUS: "status",
        COL_TOTAL: "total",
        COL_PAID: "paid",
        COL_BALANCE: "balance",
    }

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None, *, idle: bool = False) -> None:
        super().__init__(tasks, parent, idle=idle)
        self._query = OrderQuery()
        # While the page is hidden the Problems view is not read again on every sale (it looks at every
        # order waiting to go); a change meanwhile reads it again when the page shows (`resume`).
        self.paused = False
        self._stale = False
        tasks.bus.changed.connect(self.on_changed)

    def headers(self) -> list[str]:
        return [
            self.tr("Order"),
            self.tr("Date"),
            self.tr("Customer"),
            self.tr("Channel"),
            self.tr("Status"),
            self.tr("Total"),
            self.tr("Paid"),
            self.tr("Balance"),
            self.tr("Problems"),
        ]

    def text(self, row: OrderSummary, column: int) -> str:
        match column:
            case self.COL_NUMBER:
                return row.number
            case self.COL_DATE:
                return local_time(row.created_at)
            case self.COL_CUSTOMER:
                return row.customer_name or self.tr("Walk-in")
            case self.COL_CHANNEL:
                return labels.channel(row.channel)
            case self.COL_STATUS:
                return labels.status(row.status)
            case self.COL_TOTAL:
                return money(row.total)
            case self.COL_PAID:
                return money(row.paid)
            case self.COL_BALANCE:
                return money(row.balance)
            case self.COL_PROBLEMS:
                return labels.problems(row.problems)
        return ""

    def sort_key(self, row: OrderSummary, column: int) -> int | str:
        match column:
            case self.COL_DATE:
                return sort_time(row.created_at)
            case self.COL_TOTAL:
                return minor(row.total)
            case self.COL_PAID:
                return minor(row.paid)
            case self.COL_BALANCE:
                return minor(row.balance)
        return self.text(row, column)

    def decoration(self, row: OrderSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "cancelled":
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_PROBLEMS and row.problems:
            return labels.problems(row.problems)  # the whole of a cell too narrow for two of them
        return None

    # --- what is shown -------------------------------------------------------------------------------

    @property
    def order_query(self) -> OrderQuery:
        return self._query

    def set_filter(self, flt: OrderFilter) -> None:
        if flt != self._query.filter:
            self._query = replace(self._query, filter=flt)
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self._query.sort, self._query.descending):
            return
        self._query = replace(self._query, sort=key, descending=descending)
        self.reload()

    def query(self) -> OrderQuery:
        return self._query

    def load_page(
        self, uow: UnitOfWork, query: OrderQuery, cursor: Any, limit: int
    ) -> tuple[list[OrderSummary], Any]:
        page = order_pages.order_page(
            uow, query.filter, sort=query.sort, descending=query.descending, after=cursor, limit=limit
        )
        return page.rows, page.cursor

    def resume(self) -> None:
        """The page shows again: what changed while it was hidden is read now."""
        self.paused = False
        if self._stale:
            self._stale = False
            self.reload()

    def row_of(self, order_id: int) -> int | None:
        return self.find(lambda row: row.id == order_id)

    # --- refreshing what changed -----------------------------------------------------------------------

    def on_changed(self, changes: Changes) -> None:
        """Known orders are re-read in place; a new order (or a change without ids) reloads the list."""
        if self.idle:
            return
        if self.paused and self._query.filter.problems:
            self._stale = self._stale or changes.orders or changes.stock
            return
        if changes.stock and self._query.filter.waiting is not None:
            self.reload()  # goods came or went: which orders wait for them may have changed
            return
        if not changes.orders:
            return
        ids = changes.order_ids
        shown = {row.id for row in self._rows}
        # A filtered list may lose or gain the changed orders: read it again rather than guess.
        if not ids or not ids <= shown or self._query.filter != ALL_ORDERS:
            self.reload()
            return
        self._tasks.run(
            lambda uow: order_pages.orders_by_id(uow, ids),
            lambda fresh: self.update_rows(fresh, key=lambda r: r.id),
            owner=self,
        )
