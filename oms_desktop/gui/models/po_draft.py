"""The lines of a purchase order being written: products found by scan or search, each with its quantity
and unit cost, both editable in place."""

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.quantity import Quantity, amount_for
from oms_desktop.gui.formatting import minor, money, quantity_key
from oms_desktop.gui.models.quantity_cost_lines import QuantityCostLinesModel
from oms_desktop.gui.operations.purchasing import ProductTerms
from oms_desktop.services.purchase_orders import POLineInput


@dataclass
class DraftLine:
    sku: str
    name: str
    decimals: int
    quantity: Quantity
    cost: Decimal

    @property
    def total(self) -> Decimal:
        units = round(Decimal(self.quantity) * 10**self.decimals)
        return from_minor(amount_for(int(units), to_minor(self.cost), self.decimals))


class DraftLinesModel(QuantityCostLinesModel[DraftLine]):
    """SKU, name, quantity, unit cost and line total; a second scan of a product adds one to its line."""

    COL_SKU, COL_NAME, COL_QTY, COL_COST, COL_TOTAL = range(5)
    RIGHT_ALIGNED = frozenset({COL_QTY, COL_COST, COL_TOTAL})

    def headers(self) -> list[str]:
        return [self.tr("SKU"), self.tr("Name"), self.tr("Quantity"), self.tr("Unit cost"), self.tr("Total")]

    def text(self, row: DraftLine, column: int) -> str:
        values = (row.sku, row.name, str(row.quantity), money(row.cost), money(row.total))
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: DraftLine, column: int) -> int | str:
        numbers = {
            self.COL_QTY: quantity_key(row.quantity),
            self.COL_COST: minor(row.cost),
            self.COL_TOTAL: minor(row.total),
        }
        return numbers.get(column, self.text(row, column))

    def decoration(self, row: DraftLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.edit_hint(column)
        return None

    def quantity_of(self, row: DraftLine) -> Quantity:
        return row.quantity

    def cost_of(self, row: DraftLine) -> Decimal:
        return row.cost

    def set_quantity(self, row: DraftLine, quantity: Quantity) -> None:
        row.quantity = quantity

    def set_cost(self, row: DraftLine, cost: Decimal) -> None:
        row.cost = cost

    def add(self, found: ProductTerms, quantity: Quantity = 1) -> int:
        """The product on a line of its own, or one more of it; its row."""
        product = found.product
        row = self.find(lambda r: r.sku == product.sku)
        if row is None:
            self.append_rows([DraftLine(product.sku, product.name, product.decimals, quantity, found.cost)])
            row = len(self._rows) - 1
        else:
            line = self._rows[row]
            line.quantity += quantity
            self.replace_row(row, line)
        self.edited.emit()
        return row

    def inputs(self) -> list[POLineInput]:
        return [POLineInput(r.sku, r.quantity, r.cost) for r in self._rows]

    def total(self) -> Decimal:
        return sum((r.total for r in self._rows), Decimal(0))
