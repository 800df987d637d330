"""The lines of a parcel being shipped (the Ship… dialog): what is left to ship of each line and how much
leaves now, edited in place; all that is left unless the user says less (a partial shipment)."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from oms_desktop.domain.quantity import Quantity
from oms_desktop.gui.formatting import quantity_key
from oms_desktop.gui.models.products import LOW_FOREGROUND
from oms_desktop.gui.models.quantity_cost_lines import QuantityCostLinesModel
from oms_desktop.services.records import OrderLineRecord
from oms_desktop.services.shipping import ShipItem


@dataclass
class Leaving:
    """One order line and what of it leaves in this parcel."""

    line: OrderLineRecord
    quantity: Quantity
    short: Quantity = 0  # what the shelf lacks of it for this order (services/backorders.py)

    @property
    def over(self) -> bool:
        return self.quantity > self.line.to_ship

    @property
    def waits(self) -> bool:
        """More than the shelf holds for the order: the core refuses it (older orders come first)."""
        return self.quantity > self.line.to_ship - self.short


class ShipLinesModel(QuantityCostLinesModel[Leaving]):
    """SKU, product, ordered, shipped before, left to ship, ship now ("Ship now" is edited in place)."""

    COL_SKU, COL_NAME, COL_ORDERED, COL_SHIPPED, COL_LEFT, COL_NOW = range(6)
    RIGHT_ALIGNED = frozenset({COL_ORDERED, COL_SHIPPED, COL_LEFT, COL_NOW})
    COL_QTY = COL_NOW
    COL_COST = -1  # nothing priced here
    ZERO_QUANTITY_OK = True  # a line may stay behind for a later parcel

    @property
    def editable(self) -> frozenset[int]:
        return frozenset({self.COL_NOW})

    def headers(self) -> list[str]:
        return [
            self.tr("SKU"),
            self.tr("Product"),
            self.tr("Ordered"),
            self.tr("Shipped"),
            self.tr("To ship"),
            self.tr("Ship now"),
        ]

    def text(self, row: Leaving, column: int) -> str:
        line = row.line
        values = (
            line.sku,
            line.name,
            str(line.quantity),
            str(line.shipped),
            str(line.to_ship),
            str(row.quantity),
        )
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: Leaving, column: int) -> int | str:
        numbers = {
            self.COL_ORDERED: quantity_key(row.line.quantity),
            self.COL_SHIPPED: quantity_key(row.line.shipped),
            self.COL_LEFT: quantity_key(row.line.to_ship),
            self.COL_NOW: quantity_key(row.quantity),
        }
        return numbers.get(column, self.text(row, column))

    def decoration(self, row: Leaving, column: int, role: int) -> Any:
        if column == self.COL_NOW:
            if role == Qt.ItemDataRole.FontRole and row.quantity:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and (row.over or row.waits):
                return QBrush(LOW_FOREGROUND)
            if role == Qt.ItemDataRole.ToolTipRole and row.over:
                return self.tr("Only {left} left to ship").format(left=row.line.to_ship)
            if role == Qt.ItemDataRole.ToolTipRole and row.waits:
                return self.tr("{short} short on the shelf: waiting for goods").format(short=row.short)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.edit_hint(column)
        return None

    def quantity_of(self, row: Leaving) -> Quantity:
        return row.quantity

    def set_quantity(self, row: Leaving, quantity: Quantity) -> None:
        row.quantity = quantity

    # --- the parcel --------------------------------------------------------------------------------------

    def fill(self) -> None:
        """Everything left ships now (what the shelf lacks stays behind)."""
        for i, leaving in enumerate(self._rows):
            leaving.quantity = max(leaving.line.to_ship - leaving.short, 0)
            self.replace_row(i, leaving)
        self.edited.emit()

    def everything(self) -> bool:
        """The parcel takes all that is left of every line (the core is then asked for all of it)."""
        return all(r.quantity == r.line.to_ship for r in self._rows)

    def items(self) -> list[ShipItem]:
        """What leaves, per product (an order may hold a product on two lines: the core shares it out)."""
        per_sku: dict[str, Quantity] = {}
        for r in self._rows:
            if r.quantity:
                per_sku[r.line.sku] = per_sku.get(r.line.sku, 0) + r.quantity
        return [ShipItem(sku, quantity) for sku, quantity in per_sku.items()]

    def units(self) -> Quantity:
        return sum((r.quantity for r in self._rows), 0)
