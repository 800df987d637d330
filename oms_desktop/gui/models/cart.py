"""The counter's cart: lines edited in place (quantity, unit price, discount) with validation.

The cart only holds what the cashier chose; prices, tax and totals come from `orders.quote`, the same code
that prices the order when it is saved, and are put back with `apply_quote`.
"""

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from oms_desktop.gui.formatting import edit_text, minor, money, parse_money
from oms_desktop.gui.models.base import Index, RowsModel
from oms_desktop.services.orders import LineRequest, Quote
from oms_desktop.services.records import OrderLineRecord, ProductRecord

MAX_QUANTITY = 100_000


@dataclass(frozen=True)
class CartLine:
    """A product in the cart, what the cashier set, and the last price the core quoted for it."""

    product: ProductRecord
    available: int  # at the counter's location when scanned
    quantity: int = 1
    price_override: Decimal | None = None
    discount: Decimal = Decimal("0.00")
    priced: OrderLineRecord | None = None

    @property
    def unit_price(self) -> Decimal:
        if self.price_override is not None:
            return self.price_override
        return self.priced.unit_price if self.priced is not None else self.product.price

    def request(self) -> LineRequest:
        return LineRequest(self.product.sku, self.quantity, self.price_override, self.discount)


class CartModel(RowsModel[CartLine]):
    """Cart lines; bad input is refused with a message (signal `refused`), good edits signal `edited`."""

    COL_SKU, COL_NAME, COL_QTY, COL_PRICE, COL_DISCOUNT, COL_TAX, COL_TOTAL = range(7)
    EDITABLE = frozenset({COL_QTY, COL_PRICE, COL_DISCOUNT})
    RIGHT_ALIGNED = frozenset({COL_QTY, COL_PRICE, COL_DISCOUNT, COL_TAX, COL_TOTAL})

    refused = Signal(str)
    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

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
                return row.product.sku
            case self.COL_NAME:
                return row.product.name
            case self.COL_QTY:
                return str(row.quantity)
            case self.COL_PRICE:
                return money(row.unit_price)
            case self.COL_DISCOUNT:
                return money(row.discount)
            case self.COL_TAX:
                return money(row.priced.tax) if row.priced is not None else ""
            case self.COL_TOTAL:
                return money(row.priced.total) if row.priced is not None else ""
        return ""

    def sort_key(self, row: CartLine, column: int) -> int | str:
        match column:
            case self.COL_QTY:
                return row.quantity
            case self.COL_PRICE:
                return minor(row.unit_price)
            case self.COL_DISCOUNT:
                return minor(row.discount)
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
            line = self._rows[index.row()]
            if index.column() == self.COL_QTY:
                return str(line.quantity)
            return edit_text(line.unit_price if index.column() == self.COL_PRICE else line.discount)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.EDITABLE:
            return False
        line = self._rows[index.row()]
        text = str(value).strip()
        changed = self._edited_line(line, index.column(), text)
        if changed is None:
            return False
        self.replace_row(index.row(), changed)
        self.edited.emit()
        return True

    def _edited_line(self, line: CartLine, column: int, text: str) -> CartLine | None:
        """The line with one field changed, or None after telling the user why not."""
        sku = line.product.sku
        if column == self.COL_QTY:
            try:
                quantity = int(text)
            except ValueError:
                quantity = 0
            if not 0 < quantity <= MAX_QUANTITY:
                self.refused.emit(
                    self.tr("The quantity of {sku} must be a whole number above zero").format(sku=sku)
                )
                return None
            refusal = self.stock_refusal(line, quantity)
            if refusal:
                self.refused.emit(refusal)
                return None
            return replace(line, quantity=quantity)
        try:
            amount = parse_money(text)
        except ValueError as exc:
            self.refused.emit(self.tr("'{text}' is not an amount: {why}").format(text=text, why=exc))
            return None
        if amount < 0:
            if column == self.COL_PRICE:
                message = self.tr("The price of {sku} cannot be below zero")
            else:
                message = self.tr("The discount on {sku} cannot be below zero")
            self.refused.emit(message.format(sku=sku))
            return None
        if column == self.COL_PRICE:
            return replace(line, price_override=amount)
        if amount > line.quantity * line.unit_price:
            self.refused.emit(
                self.tr("The discount on {sku} cannot be more than the line ({gross})").format(
                    sku=sku, gross=money(line.quantity * line.unit_price)
                )
            )
            return None
        return replace(line, discount=amount)

    # --- the cart ------------------------------------------------------------------------------------

    def stock_refusal(self, line: CartLine, quantity: int) -> str | None:
        """Why `quantity` of this line cannot be sold, or None (backorder products are never refused)."""
        if line.product.allow_backorder or quantity <= line.available:
            return None
        return self.tr("Out of stock: {sku} {name} has {available} available, {asked} asked").format(
            sku=line.product.sku, name=line.product.name, available=max(line.available, 0), asked=quantity
        )

    def add(self, product: ProductRecord, available: int, quantity: int = 1) -> str | None:
        """Add a scanned product (one more when it is already in the cart); the refusal, if any."""
        if not product.active:
            return self.tr("{sku} {name} is no longer sold").format(sku=product.sku, name=product.name)
        for row, line in enumerate(self._rows):
            if line.product.id == product.id:
                fresh = replace(line, product=product, available=available)
                refusal = self.stock_refusal(fresh, line.quantity + quantity)
                if refusal:
                    return refusal
                self.replace_row(row, replace(fresh, quantity=line.quantity + quantity))
                self.edited.emit()
                return None
        line = CartLine(product, available, quantity)
        refusal = self.stock_refusal(line, quantity)
        if refusal:
            return refusal
        self.append_rows([line])
        self.edited.emit()
        return None

    def remove(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.remove_row(row)
        self.edited.emit()

    def clear(self) -> list[CartLine]:
        """Empty the cart; the lines are returned so that the page can offer to put them back."""
        lines = self.rows()
        self.set_rows([])
        self.edited.emit()
        return lines

    def restore(self, lines: list[CartLine]) -> None:
        self.set_rows(lines)
        self.edited.emit()

    def requests(self) -> list[LineRequest]:
        return [line.request() for line in self._rows]

    def apply_quote(self, quote: Quote) -> None:
        """Show the prices, tax and totals the core computed (lines in the same order as `requests()`)."""
        for row, priced in enumerate(quote.lines[: len(self._rows)]):
            self._rows[row] = replace(self._rows[row], priced=priced)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self._column_count - 1))
