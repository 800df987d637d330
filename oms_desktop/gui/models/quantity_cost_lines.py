"""Lines whose quantity and unit cost are edited in place (double-click, F2 or typing): the shared editing of
the New PO and Receive dialogs' tables. A subclass names its two columns and how a row keeps the values."""

from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from oms_desktop.domain.quantity import Quantity, parse_quantity
from oms_desktop.gui.formatting import edit_text, parse_money
from oms_desktop.gui.models.base import RowsModel

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
translate = QCoreApplication.translate  # one context for every subclass (self.tr would take the subclass's)


class QuantityCostLinesModel(RowsModel[T]):
    COL_QTY: int
    COL_COST: int
    ZERO_QUANTITY_OK = False  # a delivery may leave a line at 0; a PO line may not

    refused = Signal(str)  # an edit that could not be read, in words
    edited = Signal()

    @property
    def editable(self) -> frozenset[int]:
        return frozenset({self.COL_QTY, self.COL_COST})

    def quantity_of(self, row: T) -> Quantity:
        raise NotImplementedError

    def cost_of(self, row: T) -> Decimal:
        raise NotImplementedError

    def set_quantity(self, row: T, quantity: Quantity) -> None:
        raise NotImplementedError

    def set_cost(self, row: T, cost: Decimal) -> None:
        raise NotImplementedError

    def edit_hint(self, column: int) -> str | None:
        """The tooltip of an editable cell (None elsewhere)."""
        if column not in self.editable:
            return None
        return translate("QuantityCostLinesModel", "Double-click or press F2 to change")

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() in self.editable:
            row = self._rows[index.row()]
            if index.column() == self.COL_QTY:
                return str(self.quantity_of(row))
            return edit_text(self.cost_of(row))
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.editable:
            return False
        row, text = self._rows[index.row()], str(value).strip()
        if index.column() == self.COL_QTY:
            try:
                quantity = parse_quantity(text or ("0" if self.ZERO_QUANTITY_OK else ""))
            except ValueError:
                quantity = -1
            if quantity < 0 or (quantity == 0 and not self.ZERO_QUANTITY_OK):
                if self.ZERO_QUANTITY_OK:
                    words = translate("QuantityCostLinesModel", "'{text}' is not a quantity")
                else:
                    words = translate("QuantityCostLinesModel", "'{text}' is not a quantity above zero")
                self.refused.emit(words.format(text=text))
                return False
            self.set_quantity(row, quantity)
        else:
            try:
                cost = parse_money(text)
            except ValueError:
                self.refused.emit(
                    translate("QuantityCostLinesModel", "'{text}' is not an amount").format(text=text)
                )
                return False
            self.set_cost(row, cost)
        self.replace_row(index.row(), row)
        self.edited.emit()
        return True
