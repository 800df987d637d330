"""An order's lines being changed (the Change… dialog): quantity, unit price and discount edited in place,
lines added by scan or search and removed; what the user changed is sent as one `OrderEdit`."""

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.quantity import Quantity, amount_for
from oms_desktop.gui.formatting import edit_text, minor, money, parse_money, quantity_key
from oms_desktop.gui.models.products import LOW_FOREGROUND
from oms_desktop.gui.models.quantity_cost_lines import Index, QuantityCostLinesModel, translate
from oms_desktop.services.order_edits import LineChange
from oms_desktop.services.records import OrderLineRecord, ProductRecord

ZERO = Decimal("0.00")


@dataclass
class EditLine:
    """One line as the user wants it; `was` is the line as saved (None: added in this change)."""

    sku: str
    name: str
    decimals: int
    quantity: Quantity
    unit_price: Decimal
    discount: Decimal = ZERO
    shipped: Quantity = 0
    was: OrderLineRecord | None = None
    list_price: Decimal | None = None  # an added line: the price its customer pays

    @classmethod
    def saved(cls, line: OrderLineRecord) -> "EditLine":
        return cls(
            line.sku,
            line.name,
            line.decimals,
            line.quantity,
            line.unit_price,
            line.discount,
            line.shipped,
            was=line,
        )

    @classmethod
    def added(cls, product: ProductRecord, unit_price: Decimal, quantity: Quantity = 1) -> "EditLine":
        return cls(product.sku, product.name, product.decimals, quantity, unit_price, list_price=unit_price)

    @property
    def amount(self) -> Decimal:
        """Quantity x unit price less the discount, rounded as the order rounds a line."""
        units = int((Decimal(self.quantity) * 10**self.decimals).to_integral_value())
        return from_minor(amount_for(units, to_minor(self.unit_price), self.decimals)) - self.discount

    @property
    def price_before(self) -> Decimal:
        """What the unit price was (the saved line's) or would be (the customer's price for an added one)."""
        if self.was is not None:
            return self.was.unit_price
        return self.unit_price if self.list_price is None else self.list_price

    @property
    def discount_before(self) -> Decimal:
        return ZERO if self.was is None else self.was.discount

    @property
    def lowered(self) -> bool:
        """Charged less than before: a lower price or a larger discount (the audit wants a reason)."""
        return self.unit_price < self.price_before or self.discount > self.discount_before

    @property
    def below_shipped(self) -> bool:
        return self.quantity < self.shipped

    @property
    def change(self) -> LineChange | None:
        """What the core is asked for this line; None when it stays as saved. A price or discount left as
        it was is not sent (the line keeps it, and it is not judged as a lowered price again)."""
        price = None if self.unit_price == self.price_before else self.unit_price
        discount = None if self.discount == self.discount_before else self.discount
        if self.was is not None and self.quantity == self.was.quantity and price is None and discount is None:
            return None
        return LineChange(self.sku, self.quantity, price, discount)


class OrderEditLinesModel(QuantityCostLinesModel[EditLine]):
    """SKU, product, shipped, quantity, unit price, discount, amount; the three in the middle are edited by
    double-click, F2 or typing. A quantity below what was shipped of the line is shown in red."""

    COL_SKU, COL_NAME, COL_SHIPPED, COL_QTY, COL_PRICE, COL_DISCOUNT, COL_AMOUNT = range(7)
    RIGHT_ALIGNED = frozenset({COL_SHIPPED, COL_QTY, COL_PRICE, COL_DISCOUNT, COL_AMOUNT})
    COL_COST = COL_PRICE

    @property
    def editable(self) -> frozenset[int]:
        return frozenset({self.COL_QTY, self.COL_PRICE, self.COL_DISCOUNT})

    def headers(self) -> list[str]:
        return [
            self.tr("SKU"),
            self.tr("Product"),
            self.tr("Shipped"),
            self.tr("Qty"),
            self.tr("Unit price"),
            self.tr("Discount"),
            self.tr("Amount"),
        ]

    def text(self, row: EditLine, column: int) -> str:
        values = (
            row.sku,
            row.name,
            str(row.shipped) if row.shipped else "",
            str(row.quantity),
            money(row.unit_price),
            money(row.discount),
            money(row.amount),
        )
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: EditLine, column: int) -> int | str:
        numbers = {
            self.COL_SHIPPED: quantity_key(row.shipped),
            self.COL_QTY: quantity_key(row.quantity),
            self.COL_PRICE: minor(row.unit_price),
            self.COL_DISCOUNT: minor(row.discount),
            self.COL_AMOUNT: minor(row.amount),
        }
        return numbers.get(column, self.text(row, column))

    def decoration(self, row: EditLine, column: int, role: int) -> Any:
        changed = {
            self.COL_QTY: row.was is None or row.quantity != row.was.quantity,
            self.COL_PRICE: row.unit_price != row.price_before,
            self.COL_DISCOUNT: row.discount != row.discount_before,
        }
        if column == self.COL_QTY and row.below_shipped:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(LOW_FOREGROUND)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{shipped} of it shipped already: the line cannot go below that").format(
                    shipped=row.shipped
                )
        if role == Qt.ItemDataRole.FontRole and changed.get(column, False):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_SKU and row.was is None:
                return self.tr("Added in this change")
            if column in (self.COL_PRICE, self.COL_DISCOUNT) and row.lowered:
                return self.tr(
                    "Charged less than before ({price} less {discount}): say why under Reason"
                ).format(price=money(row.price_before), discount=money(row.discount_before))
            return self.edit_hint(column)
        return None

    # --- editing (quantity and unit price by the shared rules, the discount here) ----------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == self.COL_DISCOUNT:
            return edit_text(self._rows[index.row()].discount)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.COL_DISCOUNT:
            return super().setData(index, value, role)
        text = str(value).strip()
        try:
            discount = parse_money(text or "0")
        except ValueError:
            self.refused.emit(
                translate("QuantityCostLinesModel", "'{text}' is not an amount").format(text=text)
            )
            return False
        row = self._rows[index.row()]
        row.discount = discount
        self.replace_row(index.row(), row)
        self.edited.emit()
        return True

    def quantity_of(self, row: EditLine) -> Quantity:
        return row.quantity

    def cost_of(self, row: EditLine) -> Decimal:
        return row.unit_price

    def set_quantity(self, row: EditLine, quantity: Quantity) -> None:
        row.quantity = quantity

    def set_cost(self, row: EditLine, cost: Decimal) -> None:
        row.unit_price = cost

    # --- the lines ---------------------------------------------------------------------------------------

    def row_of(self, sku: str) -> int | None:
        return self.find(lambda r: r.sku == sku)

    def add(self, product: ProductRecord, unit_price: Decimal) -> int:
        """One more of the product: on its line when the order has it, else on a new line; its row."""
        row = self.row_of(product.sku)
        if row is None:
            self.append_rows([EditLine.added(product, unit_price)])
            row = len(self._rows) - 1
        else:
            line = self._rows[row]
            line.quantity += 1
            self.replace_row(row, line)
        self.edited.emit()
        return row

    def changes(self) -> list[LineChange]:
        return [c for c in (r.change for r in self._rows) if c is not None]

    def lowered(self) -> bool:
        return any(r.lowered for r in self._rows)

    def amount(self) -> Decimal:
        return sum((r.amount for r in self._rows), ZERO)
