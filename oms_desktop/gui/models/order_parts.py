"""The parts of one order's detail: its lines, payments, shipments and history of transitions."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from oms_desktop.gui import labels
from oms_desktop.gui.formatting import local_time, minor, money, quantity_key, sort_time
from oms_desktop.gui.models.base import RowsModel
from oms_desktop.services.records import AuditRecord, OrderLineRecord, PaymentRecord, ShipmentRecord


class OrderLinesModel(RowsModel[OrderLineRecord]):
    """An order's lines as sold: SKU and name as they were, price, discount, tax and total; what of each
    left in shipments so far and what is still to ship (the last two columns: a saved column layout keeps
    its places)."""

    COL_LINE, COL_SKU, COL_NAME, COL_QTY, COL_PRICE, COL_DISCOUNT, COL_TAX_RATE, COL_TAX, COL_TOTAL = range(9)
    COL_SHIPPED, COL_TO_SHIP = 9, 10
    RIGHT_ALIGNED = frozenset(
        {
            COL_LINE,
            COL_QTY,
            COL_PRICE,
            COL_DISCOUNT,
            COL_TAX_RATE,
            COL_TAX,
            COL_TOTAL,
            COL_SHIPPED,
            COL_TO_SHIP,
        }
    )

    def headers(self) -> list[str]:
        return [
            self.tr("#"),
            self.tr("SKU"),
            self.tr("Product"),
            self.tr("Qty"),
            self.tr("Unit price"),
            self.tr("Discount"),
            self.tr("Tax %"),
            self.tr("Tax"),
            self.tr("Total"),
            self.tr("Shipped"),
            self.tr("To ship"),
        ]

    def text(self, row: OrderLineRecord, column: int) -> str:
        values = (
            str(row.line_no),
            row.sku,
            row.name,
            str(row.quantity),
            money(row.unit_price),
            money(row.discount),
            f"{row.tax_rate}",
            money(row.tax),
            money(row.total),
            str(row.shipped),
            str(row.to_ship),
        )
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: OrderLineRecord, column: int) -> int | str:
        keys: dict[int, int] = {
            self.COL_LINE: row.line_no,
            self.COL_QTY: quantity_key(row.quantity),
            self.COL_PRICE: minor(row.unit_price),
            self.COL_DISCOUNT: minor(row.discount),
            self.COL_TAX_RATE: minor(row.tax_rate),
            self.COL_TAX: minor(row.tax),
            self.COL_TOTAL: minor(row.total),
            self.COL_SHIPPED: quantity_key(row.shipped),
            self.COL_TO_SHIP: quantity_key(row.to_ship),
        }
        return keys.get(column, self.text(row, column))


class PaymentsModel(RowsModel[PaymentRecord]):
    """Payments and refunds (refunds shown negative), with cash tendered and change."""

    COL_DATE, COL_KIND, COL_METHOD, COL_AMOUNT, COL_TENDERED, COL_CHANGE, COL_REFERENCE = range(7)
    RIGHT_ALIGNED = frozenset({COL_AMOUNT, COL_TENDERED, COL_CHANGE})

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Method"),
            self.tr("Amount"),
            self.tr("Tendered"),
            self.tr("Change"),
            self.tr("Reference"),
        ]

    def text(self, row: PaymentRecord, column: int) -> str:
        signed = row.amount if row.kind == "payment" else -row.amount
        values = (
            local_time(row.at),
            labels.payment_kind(row.kind),
            labels.payment_method(row.method),
            money(signed),
            money(row.tendered),
            money(row.change) if row.change else "",
            row.reference,
        )
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: PaymentRecord, column: int) -> int | str:
        if column == self.COL_DATE:
            return sort_time(row.at)
        if column == self.COL_AMOUNT:
            return minor(row.amount if row.kind == "payment" else -row.amount)
        return self.text(row, column)


class ShipmentsModel(RowsModel[ShipmentRecord]):
    """Each parcel: carrier, tracking number, when it left and arrived, and what it carried, one line of the
    order a text line ("TEA-1 ×2", "RICE-5 ×1"; the SKUs by line number come with `show(shipments, lines)`)."""

    COL_CARRIER, COL_TRACKING, COL_SHIPPED, COL_DELIVERED, COL_CONTENTS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._skus: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Carrier"),
            self.tr("Tracking number"),
            self.tr("Shipped"),
            self.tr("Delivered"),
            self.tr("Contents"),
        ]

    def show(self, shipments: Sequence[ShipmentRecord], lines: Sequence[OrderLineRecord]) -> None:
        self._skus = {line.line_no: line.sku for line in lines}
        self.set_rows(shipments)

    def contents(self, row: ShipmentRecord) -> str:
        if not row.lines:
            return self.tr("The whole order")
        return "\n".join(
            self.tr("{sku} ×{quantity}").format(sku=self._skus.get(line_no, f"#{line_no}"), quantity=quantity)
            for line_no, quantity in row.lines
        )

    def text(self, row: ShipmentRecord, column: int) -> str:
        values = (
            row.carrier,
            row.tracking_number,
            local_time(row.shipped_at),
            local_time(row.delivered_at),
            self.contents(row),
        )
        return values[column] if 0 <= column < len(values) else ""

    def decoration(self, row: ShipmentRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_CONTENTS:
            return self.contents(row)
        return None


class HistoryModel(RowsModel[AuditRecord]):
    """Every transition of the order: when, what, from which status to which, and who."""

    COL_DATE, COL_ACTION, COL_FROM, COL_TO, COL_USER, COL_DETAIL = range(6)

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Action"),
            self.tr("From"),
            self.tr("To"),
            self.tr("User"),
            self.tr("Detail"),
        ]

    def text(self, row: AuditRecord, column: int) -> str:
        values = (
            local_time(row.at),
            labels.action(row.action),
            labels.status(row.from_status) if row.from_status else "",
            labels.status(row.to_status),
            row.user,
            row.detail,
        )
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: AuditRecord, column: int) -> int | str:
        return sort_time(row.at) if column == self.COL_DATE else self.text(row, column)

    def decoration(self, row: AuditRecord, column: int, role: int) -> Any:
        # The detail is often wider than the narrow panel ("TEA 2 → 3; RICE removed; ..."): all of it on hover.
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DETAIL and row.detail:
            return row.detail
        return None
