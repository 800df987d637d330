"""Suppliers, and one product's terms at each of its suppliers."""

from typing import Any

from PySide6.QtCore import Qt

from oms_desktop.gui.formatting import minor, money, quantity_key
from oms_desktop.gui.models.base import RowsModel
from oms_desktop.services.suppliers import ProductSupplierRecord, SupplierRecord


class SuppliersModel(RowsModel[SupplierRecord]):
    """Active suppliers by name, with their lead time, ordering cost and how many products they supply."""

    (
        COL_CODE,
        COL_NAME,
        COL_CONTACT,
        COL_PHONE,
        COL_EMAIL,
        COL_CURRENCY,
        COL_LEAD,
        COL_ORDER_COST,
        COL_PRODUCTS,
    ) = range(9)
    RIGHT_ALIGNED = frozenset({COL_LEAD, COL_ORDER_COST, COL_PRODUCTS})

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Contact"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Currency"),
            self.tr("Lead time (days)"),
            self.tr("Ordering cost"),
            self.tr("Products"),
        ]

    def text(self, row: SupplierRecord, column: int) -> str:
        values = (
            row.code,
            row.name,
            row.contact,
            row.phone,
            row.email,
            row.currency,
            str(row.lead_time_days),
            money(row.order_cost),
            str(row.products),
        )
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: SupplierRecord, column: int) -> int | str:
        if column == self.COL_LEAD:
            return row.lead_time_days
        if column == self.COL_ORDER_COST:
            return minor(row.order_cost)
        if column == self.COL_PRODUCTS:
            return row.products
        return self.text(row, column)

    def decoration(self, row: SupplierRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_ORDER_COST:
            return self.tr("S in the EOQ: what placing one order with this supplier costs")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NAME and row.notes:
            return row.notes
        return None


class ProductSuppliersModel(RowsModel[ProductSupplierRecord]):
    """A product's suppliers, the preferred one first: cost, pack size, minimum order, lead time."""

    COL_SUPPLIER, COL_SUPPLIER_SKU, COL_COST, COL_PACK, COL_MIN, COL_LEAD, COL_PREFERRED = range(7)
    RIGHT_ALIGNED = frozenset({COL_COST, COL_PACK, COL_MIN, COL_LEAD})

    def headers(self) -> list[str]:
        return [
            self.tr("Supplier"),
            self.tr("Supplier's SKU"),
            self.tr("Cost"),
            self.tr("Pack"),
            self.tr("Minimum"),
            self.tr("Lead time (days)"),
            self.tr("Preferred"),
        ]

    def text(self, row: ProductSupplierRecord, column: int) -> str:
        values = (
            f"{row.supplier_code} · {row.supplier_name}",
            row.supplier_sku,
            money(row.cost),
            str(row.pack_size),
            str(row.min_qty),
            str(row.lead_time_days),
            self.tr("yes") if row.preferred else "",
        )
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: ProductSupplierRecord, column: int) -> int | str:
        numbers = {
            self.COL_COST: minor(row.cost),
            self.COL_PACK: quantity_key(row.pack_size),
            self.COL_MIN: quantity_key(row.min_qty),
            self.COL_LEAD: row.lead_time_days,
            self.COL_PREFERRED: int(row.preferred),
        }
        return numbers.get(column, self.text(row, column))
