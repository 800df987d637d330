"""A discount on the whole sale: "10%" or an amount, shared over the lines to the cent."""

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.formatting import parse_money


class SaleDiscountDialog(FormDialog):
    """`value()` is ("percent", 10, reason) or ("amount", 5.00, reason)."""

    def __init__(self, parent: QWidget | None = None, reasons: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("saleDiscountDialog")
        self.set_texts(self.tr("Discount the sale"), self.tr("Apply (Enter)"))
        self.discount = QLineEdit()
        self.discount.setObjectName("saleDiscount")
        self.discount.setPlaceholderText(self.tr("10% or 5.00"))
        self.form.addRow(self.tr("Discount"), self.discount)
        self.reason = QComboBox()
        self.reason.setObjectName("saleDiscountReason")
        self.reason.setEditable(True)
        self.reason.addItems(["", *reasons])
        self.reason.setToolTip(self.tr("Why: kept with the discount in the audit trail"))
        self.form.addRow(self.tr("Reason"), self.reason)
        self.discount.setFocus()

    def value(self) -> tuple[str, Decimal, str]:
        text = self.discount.text().strip()
        reason = self.reason.currentText().strip()
        if text.endswith("%"):
            try:
                return "percent", Decimal(text[:-1].strip().replace(",", ".")), reason
            except InvalidOperation:
                raise ValueError(self.tr("'{text}' is not a percent").format(text=text)) from None
        try:
            return "amount", parse_money(text), reason
        except ValueError as exc:
            raise ValueError(self.tr("'{text}' is not an amount: {why}").format(text=text, why=exc)) from None
