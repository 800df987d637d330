"""A delivery being received against a PO: each line's quantity arriving now (a scan adds one) and its
cost, both editable in place; what it holds is booked in one call."""

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from oms_desktop.domain.quantity import Quantity
from oms_desktop.gui.formatting import minor, money, quantity_key
from oms_desktop.gui.models.products import LOW_FOREGROUND
from oms_desktop.gui.models.quantity_cost_lines import QuantityCostLinesModel
from oms_desktop.services.purchase_orders import POLineRecord, ReceiveLineInput


@dataclass
class Arriving:
    """One PO line and what of it arrives in this delivery."""

    line: POLineRecord
    quantity: Quantity = 0
    cost: Decimal | None = None  # None: the PO line's cost

    @property
    def unit_cost(self) -> Decimal:
        return self.line.unit_cost if self.cost is None else self.cost

    @property
    def over(self) -> Quantity:
        """What this delivery brings beyond what is still to come (an over-delivery)."""
        return max(self.quantity - self.line.outstanding, 0)


class ReceiveLinesModel(QuantityCostLinesModel[Arriving]):
    """The PO's lines; "Arriving" and "Unit cost" are edited by double-click, F2 or typing."""

    COL_SKU, COL_NAME, COL_ORDERED, COL_RECEIVED, COL_TO_COME, COL_NOW, COL_COST = range(7)
    RIGHT_ALIGNED = frozenset({COL_ORDERED, COL_RECEIVED, COL_TO_COME, COL_NOW, COL_COST})
    COL_QTY = COL_NOW
    ZERO_QUANTITY_OK = True  # a line may arrive with nothing this time

    def headers(self) -> list[str]:
        return [
            self.tr("SKU"),
            self.tr("Name"),
            self.tr("Ordered"),
            self.tr("Received before"),
            self.tr("To come"),
            self.tr("Arriving now"),
            self.tr("Unit cost"),
        ]

    def text(self, row: Arriving, column: int) -> str:
        line = row.line
        values = (
            line.sku,
            line.name,
            str(line.quantity),
            str(line.received),
            str(line.outstanding),
            str(row.quantity) if row.quantity else "",
            money(row.unit_cost),
        )
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: Arriving, column: int) -> int | str:
        numbers = {
            self.COL_ORDERED: quantity_key(row.line.quantity),
            self.COL_RECEIVED: quantity_key(row.line.received),
            self.COL_TO_COME: quantity_key(row.line.outstanding),
            self.COL_NOW: quantity_key(row.quantity),
            self.COL_COST: minor(row.unit_cost),
        }
        return numbers.get(column, self.text(row, column))

    def decoration(self, row: Arriving, column: int, role: int) -> Any:
        if column == self.COL_NOW and row.quantity:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and row.over:
                return QBrush(LOW_FOREGROUND)
            if role == Qt.ItemDataRole.ToolTipRole and row.over:
                return self.tr("{over} more than is still to come").format(over=row.over)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.edit_hint(column)
        return None

    def quantity_of(self, row: Arriving) -> Quantity:
        return row.quantity

    def cost_of(self, row: Arriving) -> Decimal:
        return row.unit_cost

    def set_quantity(self, row: Arriving, quantity: Quantity) -> None:
        row.quantity = quantity

    def set_cost(self, row: Arriving, cost: Decimal) -> None:
        row.cost = None if cost == row.line.unit_cost else cost

    # --- the delivery ----------------------------------------------------------------------------------

    def row_of(self, sku: str) -> int | None:
        return self.find(lambda r: r.line.sku == sku)

    def add_one(self, sku: str) -> int | None:
        """A scan of the line's product: one more arriving; its row (None: not on this PO)."""
        row = self.row_of(sku)
        if row is not None:
            arriving = self._rows[row]
            arriving.quantity += 1
            self.replace_row(row, arriving)
            self.edited.emit()
        return row

    def fill_outstanding(self) -> None:
        """Everything still to come arrives (the usual full delivery)."""
        for i, arriving in enumerate(self._rows):
            arriving.quantity = arriving.line.outstanding
            self.replace_row(i, arriving)
        self.edited.emit()

    def inputs(self) -> list[ReceiveLineInput]:
        """The lines with something arriving, as the core books them."""
        return [
            ReceiveLineInput(r.line.sku, r.quantity, r.cost)
            for r in self._rows
            if r.quantity and r.quantity > 0
        ]

    def units(self) -> Quantity:
        return sum((r.quantity for r in self._rows), 0)
