"""Purchase orders: the list, and one PO's lines (ordered, received, to come, over) and its deliveries."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from oms_desktop.gui import labels
from oms_desktop.gui.formatting import local_time, minor, money, quantity_key, sort_time
from oms_desktop.gui.models.base import RowsModel
from oms_desktop.gui.models.products import LOW_FOREGROUND
from oms_desktop.services.purchase_orders import DeliveryRecord, POLineRecord, POSummary


class POListModel(RowsModel[POSummary]):
    """POs newest first: number, supplier, status, lines, total, when made and sent."""

    COL_NUMBER, COL_SUPPLIER, COL_STATUS, COL_LINES, COL_TOTAL, COL_CREATED, COL_SENT = range(7)
    RIGHT_ALIGNED = frozenset({COL_LINES, COL_TOTAL})

    def headers(self) -> list[str]:
        return [
            self.tr("PO"),
            self.tr("Supplier"),
            self.tr("Status"),
            self.tr("Lines"),
            self.tr("Total"),
            self.tr("Created"),
            self.tr("Sent"),
        ]

    def text(self, row: POSummary, column: int) -> str:
        values = (
            row.number,
            f"{row.supplier_code} · {row.supplier_name}",
            labels.status(row.state),
            str(row.lines),
            money(row.total),
            local_time(row.created_at),
            local_time(row.sent_at),
        )
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: POSummary, column: int) -> int | str:
        if column == self.COL_LINES:
            return row.lines
        if column == self.COL_TOTAL:
            return minor(row.total)
        if column == self.COL_CREATED:
            return sort_time(row.created_at)
        if column == self.COL_SENT:
            return sort_time(row.sent_at)
        return self.text(row, column)


class POLinesModel(RowsModel[POLineRecord]):
    """A PO's lines: what was ordered, what came so far, what is still to come, and any over-delivery."""

    (
        COL_LINE,
        COL_SKU,
        COL_NAME,
        COL_ORDERED,
        COL_RECEIVED,
        COL_TO_COME,
        COL_OVER,
        COL_COST,
        COL_TOTAL,
    ) = range(9)
    RIGHT_ALIGNED = frozenset(
        {COL_LINE, COL_ORDERED, COL_RECEIVED, COL_TO_COME, COL_OVER, COL_COST, COL_TOTAL}
    )

    def headers(self) -> list[str]:
        return [
            self.tr("#"),
            self.tr("SKU"),
            self.tr("Name"),
            self.tr("Ordered"),
            self.tr("Received"),
            self.tr("To come"),
            self.tr("Over"),
            self.tr("Unit cost"),
            self.tr("Total"),
        ]

    def text(self, row: POLineRecord, column: int) -> str:
        values = (
            str(row.line_no),
            row.sku,
            row.name,
            str(row.quantity),
            str(row.received),
            str(row.outstanding) if row.outstanding else "",
            str(row.over) if row.over else "",
            money(row.unit_cost),
            money(row.total),
        )
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: POLineRecord, column: int) -> int | str:
        numbers = {
            self.COL_LINE: row.line_no,
            self.COL_ORDERED: quantity_key(row.quantity),
            self.COL_RECEIVED: quantity_key(row.received),
            self.COL_TO_COME: quantity_key(row.outstanding),
            self.COL_OVER: quantity_key(row.over),
            self.COL_COST: minor(row.unit_cost),
            self.COL_TOTAL: minor(row.total),
        }
        return numbers.get(column, self.text(row, column))

    def decoration(self, row: POLineRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_OVER and row.over:
            return QBrush(LOW_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_OVER and row.over:
            return self.tr("{over} more than ordered arrived").format(over=row.over)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TO_COME and row.outstanding:
            return self.tr("{outstanding} of {ordered} still on order").format(
                outstanding=row.outstanding, ordered=row.quantity
            )
        return None


class DeliveriesModel(RowsModel[DeliveryRecord]):
    """The deliveries booked against a PO, oldest first: when, who, what arrived and at what cost."""

    COL_DATE, COL_USER, COL_GOODS, COL_NOTE = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("By"), self.tr("What arrived"), self.tr("Note")]

    @staticmethod
    def goods(row: DeliveryRecord) -> str:
        return ", ".join(f"{sku} × {quantity} @ {money(cost)}" for sku, quantity, cost in row.lines)

    def text(self, row: DeliveryRecord, column: int) -> str:
        values = (local_time(row.at), row.user, self.goods(row), row.note)
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: DeliveryRecord, column: int) -> int | str:
        return sort_time(row.at) if column == self.COL_DATE else self.text(row, column)

    def decoration(self, row: DeliveryRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_GOODS:
            return "\n".join(f"{sku} × {quantity} @ {money(cost)}" for sku, quantity, cost in row.lines)
        return None
