"""The catalogue: products with their stock totals, read a page at a time; low stock stands out."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui.formatting import minor, money, quantity_key
from oms_desktop.gui.models.base import SearchedPagedModel
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.services import catalogue, product_search
from oms_desktop.services.changes import Changes
from oms_desktop.services.records import ProductRecord

LOW_BACKGROUND = QColor("#fde2e1")
LOW_FOREGROUND = QColor("#9b1c1c")


@dataclass(frozen=True)
class ProductQuery:
    """What the list shows: the search text and the sort, both applied by the database."""

    text: str = ""
    active_only: bool = False
    sort: str = "name"
    descending: bool = False


class ProductsModel(SearchedPagedModel[ProductRecord]):
    """Products matching a search (SKU, barcode or name); available below the reorder point is marked.

    A header click sorts the whole catalogue in the database (never only the rows loaded so far).
    """

    (
        COL_SKU,
        COL_BARCODE,
        COL_NAME,
        COL_UNIT,
        COL_PRICE,
        COL_WHOLESALE,
        COL_COST,
        COL_TAX,
        COL_ON_HAND,
        COL_RESERVED,
        COL_ON_ORDER,
        COL_AVAILABLE,
        COL_REORDER,
        COL_ACTIVE,
    ) = range(14)
    RIGHT_ALIGNED = frozenset(
        {
            COL_PRICE,
            COL_WHOLESALE,
            COL_COST,
            COL_TAX,
            COL_ON_HAND,
            COL_RESERVED,
            COL_ON_ORDER,
            COL_AVAILABLE,
            COL_REORDER,
        }
    )
    SORT_KEYS = {
        COL_SKU: "sku",
        COL_BARCODE: "barcode",
        COL_NAME: "name",
        COL_UNIT: "unit",
        COL_PRICE: "price",
        COL_WHOLESALE: "wholesale",
        COL_COST: "cost",
        COL_TAX: "tax",
        COL_ON_HAND: "on_hand",
        COL_RESERVED: "reserved",
        COL_ON_ORDER: "on_order",
        COL_AVAILABLE: "available",
        COL_REORDER: "reorder_point",
        COL_ACTIVE: "active",
    }

    def __init__(
        self,
        tasks: TaskRunner,
        parent: QObject | None = None,
        *,
        active_only: bool = False,
        idle: bool = False,
    ) -> None:
        super().__init__(tasks, ProductQuery(active_only=active_only), parent, idle=idle)
        tasks.bus.changed.connect(self.on_changed)

    def headers(self) -> list[str]:
        return [
            self.tr("SKU"),
            self.tr("Barcode"),
            self.tr("Product"),
            self.tr("Unit"),
            self.tr("Price"),
            self.tr("Wholesale"),
            self.tr("Cost"),
            self.tr("Tax %"),
            self.tr("On hand"),
            self.tr("Reserved"),
            self.tr("On order"),
            self.tr("Available"),
            self.tr("Reorder point"),
            self.tr("Active"),
        ]

    def text(self, row: ProductRecord, column: int) -> str:
        match column:
            case self.COL_SKU:
                return row.sku
            case self.COL_BARCODE:
                return row.barcode or ""
            case self.COL_NAME:
                return row.name
            case self.COL_UNIT:
                return row.unit
            case self.COL_PRICE:
                return money(row.price)
            case self.COL_WHOLESALE:
                return money(row.wholesale_price)
            case self.COL_COST:
                return money(row.cost)
            case self.COL_TAX:
                return f"{row.tax_rate}"
            case self.COL_ON_HAND:
                return str(row.on_hand)
            case self.COL_RESERVED:
                return str(row.reserved)
            case self.COL_ON_ORDER:
                return str(row.on_order)
            case self.COL_AVAILABLE:
                return str(row.available)
            case self.COL_REORDER:
                return str(row.reorder_point)
            case self.COL_ACTIVE:
                return self.tr("Yes") if row.active else self.tr("No")
        return ""

    def sort_key(self, row: ProductRecord, column: int) -> int | str:
        match column:
            case self.COL_PRICE:
                return minor(row.price)
            case self.COL_WHOLESALE:
                return minor(row.wholesale_price)
            case self.COL_COST:
                return minor(row.cost)
            case self.COL_TAX:
                return minor(row.tax_rate)
            case self.COL_ON_HAND:
                return quantity_key(row.on_hand)
            case self.COL_RESERVED:
                return quantity_key(row.reserved)
            case self.COL_ON_ORDER:
                return quantity_key(row.on_order)
            case self.COL_AVAILABLE:
                return quantity_key(row.available)
            case self.COL_REORDER:
                return quantity_key(row.reorder_point)
        return self.text(row, column)

    def decoration(self, row: ProductRecord, column: int, role: int) -> Any:
        low = row.active and row.low
        if low and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(LOW_BACKGROUND)
        if low and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(LOW_FOREGROUND)
        if low and role == Qt.ItemDataRole.ToolTipRole:
            if row.on_order:
                return self.tr(
                    "Low stock: {available} available, {on_order} on order, reorder point {point}"
                ).format(available=row.available, on_order=row.on_order, point=row.reorder_point)
            return self.tr("Low stock: {available} available, reorder point {point}").format(
                available=row.available, point=row.reorder_point
            )
        if not row.active and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("gray"))
        return None

    # --- what is shown -------------------------------------------------------------------------------

    def load_page(
        self, uow: UnitOfWork, query: ProductQuery, cursor: Any, limit: int
    ) -> tuple[list[ProductRecord], Any]:
        offset = cursor or 0
        rows = product_search.search_products(
            uow,
            query.text,
            limit=limit,
            offset=offset,
            active_only=query.active_only,
            sort=query.sort,
            descending=query.descending,
        )
        return rows, (offset + len(rows) if len(rows) == limit else None)

    def row_of(self, product_id: int) -> int | None:
        return self.find(lambda row: row.id == product_id)

    def on_changed(self, changes: Changes) -> None:
        """Stock or catalogue changes re-read the products concerned; a new product reloads the list."""
        if self.idle or not (changes.stock or changes.products):
            return
        ids = changes.product_ids
        shown = {row.id for row in self._rows}
        if not ids or not ids <= shown:
            self.reload()
            return
        self._tasks.run(
            lambda uow: [catalogue.get_product(uow, pid) for pid in sorted(ids)],
            lambda fresh: self.update_rows(fresh, key=lambda r: r.id),
            owner=self,
        )
