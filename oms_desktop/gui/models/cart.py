"""The counter's cart: a table view of the `Sale` being rung up, edited in place.

The sale (services/sale.py, no Qt) holds what the cashier chose and refuses bad input; this model shows it
with the prices, tax and totals the core quoted (`apply_quote`) and passes edits on. Stock is the core's
business: a quantity the shop does not have is refused when the sale is priced (gui/operations/sale.py).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.quantity import Quantity
from oms_desktop.gui.formatting import edit_text, minor, money, parse_money, quantity_key
from oms_desktop.gui.models.base import Index, RowsModel
from oms_desktop.services.orders import Quote
from oms_desktop.services.records import OrderLineRecord, ProductRecord
from oms_desktop.services.sale import Sale, SaleLine


@dataclass(frozen=True)
class CartLine:
    """A line of the sale and the last price the core quoted for it."""

    line: SaleLine
    priced: OrderLineRecord | None = None

    @property
    def sku(self) -> str:
        return self.line.sku

    @property
    def quantity(self) -> Quantity:
        return self.line.quantity

    @property
    def unit_price(self) -> Decimal:
        return self.line.unit_price


class CartModel(RowsModel[CartLine]):
    """The sale's lines; bad input is refused with a message (signal `refused`), good edits signal `edited`."""

    COL_SKU, COL_NAME, COL_QTY, COL_PRICE, COL_DISCOUNT, COL_TAX, COL_TOTAL = range(7)
    EDITABLE = frozenset({COL_QTY, COL_PRICE, COL_DISCOUNT})
    RIGHT_ALIGNED = frozenset({COL_QTY, COL_PRICE, COL_DISCOUNT, COL_TAX, COL_TOTAL})

    refused = Signal(str)
    edited = Signal()

    def __init__(self, sale: Sale | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sale = sale if sale is not None else Sale()
        self._sync()

    def headers(self) -> list[str]:
        return [
            self.tr("SKU"),
            self.tr("Product"),
            self.tr("Qty"),
            self.tr("Unit price"),
            self.tr("Discount"),
            self.tr("Tax"),
            self.tr("Line total"),
        ]

    def text(self, row: CartLine, column: int) -> str:
        match column:
            case self.COL_SKU:
                return row.line.sku
            case self.COL_NAME:
                return row.line.name
            case self.COL_QTY:
                return str(row.quantity)
            case self.COL_PRICE:
                return money(row.unit_price)
            case self.COL_DISCOUNT:
                return money(row.line.discount)
            case self.COL_TAX:
                return money(row.priced.tax) if row.priced is not None else ""
            case self.COL_TOTAL:
                return money(row.priced.total) if row.priced is not None else ""
        return ""

    def sort_key(self, row: CartLine, column: int) -> int | str:
        match column:
            case self.COL_QTY:
                return quantity_key(row.quantity)
            case self.COL_PRICE:
                return minor(row.unit_price)
            case self.COL_DISCOUNT:
                return minor(row.line.discount)
            case self.COL_TAX:
                return minor(row.priced.tax if row.priced else None)
            case self.COL_TOTAL:
                return minor(row.priced.total if row.priced else None)
        return self.text(row, column)

    def decoration(self, row: CartLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in self.EDITABLE:
            return self.tr("Double-click or press F2 to change")
        return None

    # --- editing in place ----------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() in self.EDITABLE:
            line = self._rows[index.row()].line
            if index.column() == self.COL_QTY:
                return str(line.quantity)
            return edit_text(line.unit_price if index.column() == self.COL_PRICE else line.discount)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.EDITABLE:
            return False
        row, column, text = index.row(), index.column(), str(value).strip()
        try:
            if column == self.COL_QTY:
                self.sale.set_quantity(row, text or "0")  # "0.255" for a weighed product
            elif column == self.COL_DISCOUNT and text.endswith("%"):
                # "10%": a percent of the line (the cashier's words; the core works it out to the cent)
                try:
                    percent = Decimal(text[:-1].strip().replace(",", "."))
                except InvalidOperation:
                    self.refused.emit(self.tr("'{text}' is not a percent").format(text=text))
                    return False
                self.sale.set_discount_percent(row, percent)
            else:
                try:
                    amount = parse_money(text)
                except ValueError as exc:
                    self.refused.emit(self.tr("'{text}' is not an amount: {why}").format(text=text, why=exc))
                    return False
                if column == self.COL_PRICE:
                    self.sale.set_price(row, amount)
                else:
                    self.sale.set_discount(row, amount)
        except DomainError as exc:
            self.refused.emit(str(exc))
            return False
        self._sync()
        self.edited.emit()
        return True

    # --- the sale ------------------------------------------------------------------------------------

    def add(self, product: ProductRecord, quantity: Quantity = 1) -> int:
        """Add a product the core found (more of it when it is already there); its row. The sale's
        refusal (a product no longer sold) is raised."""
        row = self.sale.add_product(product, quantity)
        self._sync()
        self.edited.emit()
        return row

    def add_open_price(self, product: ProductRecord, price: Decimal) -> int:
        """A line of the open-price item at a typed price; its row."""
        row = self.sale.add_open_price(product, price)
        self._sync()
        self.edited.emit()
        return row

    def remove(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.sale.remove([row])
                self.remove_row(row)
        self.edited.emit()

    def clear(self) -> list[SaleLine]:
        """Empty the cart; the lines are returned so that the page can offer to put them back."""
        lines = self.sale.clear()
        self.set_rows([])
        self.edited.emit()
        return lines

    def restore(self, lines: Sequence[SaleLine]) -> None:
        self.sale.restore(lines)
        self._sync()
        self.edited.emit()

    def show_sale(self, sale: Sale) -> None:
        """Show another sale (the next one after a sale completed, or one restored)."""
        self.sale = sale
        self.set_rows([CartLine(line) for line in sale.lines])
        self.edited.emit()

    def apply_quote(self, quote: Quote) -> None:
        """Show the prices, tax and totals the core computed (lines in the same order as the sale's)."""
        self.sale.apply_prices([priced.unit_price for priced in quote.lines])
        for row, priced in enumerate(quote.lines[: len(self._rows)]):
            self._rows[row] = CartLine(self.sale.lines[row], priced)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self._column_count - 1))

    def _sync(self) -> None:
        """Bring the rows in line with the sale after it changed (one row edited, or rows added)."""
        lines = self.sale.lines
        shown = min(len(lines), len(self._rows))
        if len(lines) < len(self._rows):
            self.set_rows([CartLine(line) for line in lines])
            return
        for row in range(shown):
            if self._rows[row].line != lines[row]:
                self.replace_row(row, CartLine(lines[row], self._rows[row].priced))
        self.append_rows([CartLine(line) for line in lines[shown:]])
