"""The owner's own reorder point for a product, used instead of the computed one until unpinned."""

from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QWidget

from oms_desktop.domain.quantity import Quantity, parse_quantity
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.services.replenishment import Suggestion

MAX_QUANTITY = 1_000_000


class PinDialog(FormDialog):
    def __init__(self, row: Suggestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.row = row
        self.set_texts(self.tr("Pin the reorder point of {sku}").format(sku=row.sku), self.tr("Pin"))
        self.quantity = QDoubleSpinBox()
        self.quantity.setObjectName("pinQuantity")
        self.quantity.setDecimals(row.decimals)
        self.quantity.setRange(0, MAX_QUANTITY)
        self.quantity.setValue(round(row.reorder_point or 0, row.decimals))
        computed = (
            self.tr("too little history to compute one")
            if row.reorder_point is None
            else f"{row.reorder_point:.{max(row.decimals, 2)}f}"
        )
        note = QLabel(self.tr("Replenishment uses this number instead of d̄ · LT + SS until it is unpinned."))
        note.setWordWrap(True)
        self.form.addRow(self.tr("Product"), QLabel(f"{row.sku} · {row.name}"))
        self.form.addRow(self.tr("Now"), QLabel(computed))
        self.form.addRow(self.tr("Reorder point"), self.quantity)
        self.form.addRow(note)
        self.quantity.setFocus()
        self.quantity.selectAll()

    def value(self) -> Quantity:
        return parse_quantity(f"{self.quantity.value():.{self.row.decimals}f}")
