"""The open-price key (F3): an item without a barcode, rung up for the amount the cashier types."""

from decimal import Decimal

from PySide6.QtWidgets import QWidget

from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.widgets.money_edit import MoneyEdit


class OpenPriceDialog(FormDialog):
    """`value()` is the amount typed (above 0)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openPriceDialog")
        self.set_texts(self.tr("Open price"), self.tr("Add (Enter)"))
        self.amount = MoneyEdit()
        self.amount.setObjectName("openPriceAmount")
        self.form.addRow(self.tr("Amount"), self.amount)
        self.amount.setFocus()

    def value(self) -> Decimal:
        amount = self.amount.value()
        if amount is None or amount <= 0:
            raise ValueError(self.tr("Type the amount to charge, e.g. 12.50"))
        return amount
