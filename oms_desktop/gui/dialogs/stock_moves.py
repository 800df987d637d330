"""Receiving, adjusting (with a reason) and transferring stock of one product."""

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QWidget

from oms_desktop.domain.quantity import Quantity, parse_quantity
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.widgets.money_edit import MoneyEdit
from oms_desktop.services.records import LocationRecord, ProductRecord

MAX_QUANTITY = 1_000_000


@dataclass(frozen=True)
class StockMove:
    """What the user asked for: quantity (signed for an adjustment), locations, cost or reason."""

    quantity: Quantity  # in the product's unit
    location: str
    target: str = ""
    unit_cost: Decimal | None = None
    reason: str = ""


class _StockDialog(FormDialog):
    def __init__(
        self, product: ProductRecord, locations: list[LocationRecord], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.product = product
        self.location = self._locations(locations, "stockLocation")
        # Whole pieces, or a weight to the product's decimals (0.255 kg).
        self.quantity = QDoubleSpinBox()
        self.quantity.setObjectName("stockQuantity")
        self.quantity.setDecimals(product.decimals)
        self.quantity.setRange(10**-product.decimals, MAX_QUANTITY)
        self.form.addRow(self.tr("Product"), QLabel(f"{product.sku} · {product.name}"))

    def typed(self) -> Quantity:
        """The quantity shown, exactly as the spin box shows it."""
        return parse_quantity(f"{self.quantity.value():.{self.product.decimals}f}")

    @staticmethod
    def _locations(locations: list[LocationRecord], name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for loc in locations:
            combo.addItem(f"{loc.code} · {loc.name}", loc.code)
        return combo


class ReceiveDialog(_StockDialog):
    """Goods in: a quantity at a location, with the unit cost when known."""

    def __init__(
        self, product: ProductRecord, locations: list[LocationRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(product, locations, parent)
        self.setObjectName("receiveDialog")
        self.set_texts(self.tr("Receive stock"), self.tr("Receive"))
        self.cost = MoneyEdit()
        self.cost.setObjectName("stockCost")
        self.cost.setPlaceholderText(self.tr("optional"))
        self.form.addRow(self.tr("Location"), self.location)
        self.form.addRow(self.tr("Quantity"), self.quantity)
        self.form.addRow(self.tr("Unit cost"), self.cost)
        self.quantity.setFocus()

    def value(self) -> StockMove:
        return StockMove(self.typed(), self.location.currentData(), unit_cost=self.cost.value())


class AdjustDialog(_StockDialog):
    """A correction of on hand (a count, breakage); the reason is required and kept in the ledger."""

    def __init__(
        self, product: ProductRecord, locations: list[LocationRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(product, locations, parent)
        self.setObjectName("adjustDialog")
        self.set_texts(self.tr("Adjust stock"), self.tr("Adjust"))
        self.quantity.setRange(-MAX_QUANTITY, MAX_QUANTITY)
        self.quantity.setValue(0)
        self.quantity.setToolTip(self.tr("Negative takes stock away, positive adds it"))
        self.reason = QComboBox()
        self.reason.setObjectName("adjustReason")
        self.reason.setEditable(True)
        self.reason.addItems(
            [
                "",
                self.tr("stock count"),
                self.tr("damaged"),
                self.tr("expired"),
                self.tr("lost or stolen"),
                self.tr("found"),
            ]
        )
        self.form.addRow(self.tr("Location"), self.location)
        self.form.addRow(self.tr("Change (±)"), self.quantity)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.quantity.setFocus()

    def value(self) -> StockMove:
        if self.quantity.value() == 0:
            raise ValueError(self.tr("The change must be above or below zero"))
        reason = self.reason.currentText().strip()
        if not reason:
            raise ValueError(self.tr("Give a reason (e.g. stock count, damaged)"))
        return StockMove(self.typed(), self.location.currentData(), reason=reason)


class TransferDialog(_StockDialog):
    """Stock moved from one location to another."""

    def __init__(
        self, product: ProductRecord, locations: list[LocationRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(product, locations, parent)
        self.setObjectName("transferDialog")
        self.set_texts(self.tr("Transfer stock"), self.tr("Transfer"))
        self.target = self._locations(locations, "stockTarget")
        if self.target.count() > 1:
            self.target.setCurrentIndex(1)
        self.form.addRow(self.tr("From"), self.location)
        self.form.addRow(self.tr("To"), self.target)
        self.form.addRow(self.tr("Quantity"), self.quantity)
        self.quantity.setFocus()

    def value(self) -> StockMove:
        if self.location.currentData() == self.target.currentData():
            raise ValueError(self.tr("Choose two different locations"))
        return StockMove(self.typed(), self.location.currentData(), target=self.target.currentData())
