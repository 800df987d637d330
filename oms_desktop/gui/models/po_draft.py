"""The lines of a purchase order being written: products found by scan or search, each with its quantity
and unit cost, both editable in place."""

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.quantity import Quantity, amount_for, parse_quantity
from oms_desktop.gui.formatting import edit_text, minor, money, parse_money, quantity_key
from oms_desktop.gui.models.base import RowsModel
from oms_desktop.gui.operations.purchasing import ProductTerms
from oms_desktop.services.purchase_orders import POLineInput

Index = QModelIndex | QPersistentModelIndex


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


class DraftLinesModel(RowsModel[DraftLine]):
    """SKU, name, quantity, unit cost and line total; a second scan of a product adds one to its line."""

    COL_SKU, COL_NAME, COL_QTY, COL_COST, COL_TOTAL = range(5)
    RIGHT_ALIGNED = frozenset({COL_QTY, COL_COST, COL_TOTAL})
    EDITABLE = frozenset({COL_QTY, COL_COST})

    refused = Signal(str)
    edited = Signal()

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
        if role == Qt.ItemDataRole.ToolTipRole and column in self.EDITABLE:
            return self.tr("Double-click or press F2 to change")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() in self.EDITABLE:
            row = self._rows[index.row()]
            return str(row.quantity) if index.column() == self.COL_QTY else edit_text(row.cost)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.EDITABLE:
            return False
        row, text = self._rows[index.row()], str(value).strip()
        if index.column() == self.COL_QTY:
            try:
                quantity = parse_quantity(text)
            except ValueError:
                quantity = 0
            if quantity <= 0:
                self.refused.emit(self.tr("'{text}' is not a quantity above zero").format(text=text))
                return False
            row.quantity = quantity
        else:
            try:
                row.cost = parse_money(text)
            except ValueError:
                self.refused.emit(self.tr("'{text}' is not an amount").format(text=text))
                return False
        self.replace_row(index.row(), row)
        self.edited.emit()
        return True

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
