"""Stock of one product per location (low stock marked) and its ledger of movements."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from oms_desktop.gui import labels
from oms_desktop.gui.formatting import local_time, minor, money, quantity_key, sort_time
from oms_desktop.gui.models.base import RowsModel
from oms_desktop.gui.models.products import LOW_BACKGROUND, LOW_FOREGROUND
from oms_desktop.services.records import MovementRecord, StockLevelRecord


class StockLevelsModel(RowsModel[StockLevelRecord]):
    """On hand, reserved, on order (sent purchase orders delivering here) and available per location;
    available below the reorder point is marked."""

    COL_LOCATION, COL_LOCATION_NAME, COL_ON_HAND, COL_RESERVED, COL_ON_ORDER, COL_AVAILABLE, COL_REORDER = (
        range(7)
    )
    RIGHT_ALIGNED = frozenset({COL_ON_HAND, COL_RESERVED, COL_ON_ORDER, COL_AVAILABLE, COL_REORDER})

    def headers(self) -> list[str]:
        return [
            self.tr("Location"),
            self.tr("Name"),
            self.tr("On hand"),
            self.tr("Reserved"),
            self.tr("On order"),
            self.tr("Available"),
            self.tr("Reorder point"),
        ]

    def text(self, row: StockLevelRecord, column: int) -> str:
        values = (
            row.location_code,
            row.location_name,
            str(row.on_hand),
            str(row.reserved),
            str(row.on_order),
            str(row.available),
            str(row.reorder_point),
        )
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: StockLevelRecord, column: int) -> int | str:
        numbers = (row.on_hand, row.reserved, row.on_order, row.available, row.reorder_point)
        return quantity_key(numbers[column - 2]) if column >= self.COL_ON_HAND else self.text(row, column)

    def decoration(self, row: StockLevelRecord, column: int, role: int) -> Any:
        if not row.low:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(LOW_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(LOW_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Low stock at {location}: {available} available, reorder point {point}").format(
                location=row.location_code, available=row.available, point=row.reorder_point
            )
        return None


class MovementsModel(RowsModel[MovementRecord]):
    """A product's ledger, newest first: receipts, sales, adjustments and transfers."""

    COL_DATE, COL_LOCATION, COL_KIND, COL_QTY, COL_COST, COL_REASON, COL_ORDER, COL_USER = range(8)
    RIGHT_ALIGNED = frozenset({COL_QTY, COL_COST})

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Location"),
            self.tr("Movement"),
            self.tr("Quantity"),
            self.tr("Unit cost"),
            self.tr("Reason"),
            self.tr("Order"),
            self.tr("User"),
        ]

    def text(self, row: MovementRecord, column: int) -> str:
        values = (
            local_time(row.at),
            row.location_code,
            labels.movement_kind(row.kind),
            f"{row.quantity:+d}",
            money(row.unit_cost),
            row.reason,
            row.order_number or "",
            row.user,
        )
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: MovementRecord, column: int) -> int | str:
        if column == self.COL_DATE:
            return sort_time(row.at)
        if column == self.COL_QTY:
            return quantity_key(row.quantity)
        if column == self.COL_COST:
            return minor(row.unit_cost)
        return self.text(row, column)

    def decoration(self, row: MovementRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_QTY:
            return QBrush(Qt.GlobalColor.darkGreen if row.quantity > 0 else Qt.GlobalColor.darkRed)
        return None
