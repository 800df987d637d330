"""The inputs some order actions need: carrier and tracking to ship, a reason to cancel, a refund."""

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.payment import CHOOSABLE_METHODS
from oms_desktop.gui import labels
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.formatting import money_with_symbol
from oms_desktop.gui.widgets.money_edit import MoneyEdit

CARRIERS = ("SF Express", "ZTO Express", "YTO Express", "STO Express", "Yunda", "JD Logistics", "EMS")


@dataclass(frozen=True)
class Shipping:
    carrier: str
    tracking: str


class ShipDialog(FormDialog):
    """Carrier (a known one or typed) and tracking number, both required."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shipDialog")
        self.set_texts(self.tr("Ship order {number}").format(number=number), self.tr("Ship"))
        self.carrier = QComboBox()
        self.carrier.setObjectName("shipCarrier")
        self.carrier.setEditable(True)
        self.carrier.addItems(CARRIERS)
        self.tracking = QLineEdit()
        self.tracking.setObjectName("shipTracking")
        self.tracking.setPlaceholderText(self.tr("Tracking number from the carrier's label"))
        self.form.addRow(self.tr("Carrier"), self.carrier)
        self.form.addRow(self.tr("Tracking number"), self.tracking)
        self.tracking.setFocus()

    def value(self) -> Shipping:
        carrier, tracking = self.carrier.currentText().strip(), self.tracking.text().strip()
        if not carrier:
            raise ValueError(self.tr("Choose or type the carrier"))
        if not tracking:
            raise ValueError(self.tr("Type the tracking number"))
        return Shipping(carrier, tracking)


class CancelDialog(FormDialog):
    """Confirms a cancellation and takes an optional reason for the history."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelDialog")
        self.set_texts(self.tr("Cancel order {number}").format(number=number), self.tr("Cancel the order"))
        self.reason = QLineEdit()
        self.reason.setObjectName("cancelReason")
        self.reason.setPlaceholderText(self.tr("e.g. customer changed their mind"))
        self.form.addRow(QLabel(self.tr("Reserved stock is released. This cannot be undone.")))
        self.form.addRow(self.tr("Reason"), self.reason)

    def value(self) -> str:
        return self.reason.text().strip()


@dataclass(frozen=True)
class Refund:
    amount: Decimal
    method: PaymentMethod
    reason: str


class RefundDialog(FormDialog):
    """Money given back: at most what was paid."""

    def __init__(self, number: str, paid: Decimal, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self.set_texts(self.tr("Refund order {number}").format(number=number), self.tr("Refund"))
        self.paid = paid
        self.amount = MoneyEdit()
        self.amount.setObjectName("refundAmount")
        self.amount.set_value(paid)
        self.method = QComboBox()
        self.method.setObjectName("refundMethod")
        for m in CHOOSABLE_METHODS:
            self.method.addItem(labels.payment_method(m.value), m)
        self.reason = QLineEdit()
        self.reason.setObjectName("refundReason")
        self.form.addRow(self.tr("Paid so far"), QLabel(money_with_symbol(paid, currency)))
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("Reason"), self.reason)

    def value(self) -> Refund:
        amount = self.amount.value()
        if amount is None or amount <= 0:
            raise ValueError(self.tr("The refund needs an amount above zero"))
        if amount > self.paid:
            raise ValueError(self.tr("A refund cannot be more than was paid"))
        return Refund(amount, PaymentMethod(self.method.currentData()), self.reason.text().strip())


@dataclass(frozen=True)
class Return:
    method: PaymentMethod | None  # None: the ways it was paid
    reason: str


class ReturnDialog(FormDialog):
    """Goods taken back after they left: stock comes back and everything paid is refunded."""

    def __init__(self, number: str, paid: Decimal, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.set_texts(self.tr("Return order {number}").format(number=number), self.tr("Take back"))
        self.method = QComboBox()
        self.method.setObjectName("returnMethod")
        # The ways it was paid first: another way is a manager's (services/returns.py).
        self.method.addItem(self.tr("The ways it was paid"), None)
        for m in CHOOSABLE_METHODS:
            self.method.addItem(labels.payment_method(m.value), m)
        self.reason = QLineEdit()
        self.reason.setObjectName("returnReason")
        self.form.addRow(QLabel(self.tr("The goods go back into stock. This cannot be undone.")))
        self.form.addRow(self.tr("Refund"), QLabel(money_with_symbol(paid, currency)))
        self.form.addRow(self.tr("Refund by"), self.method)
        self.form.addRow(self.tr("Reason"), self.reason)

    def value(self) -> Return:
        chosen = self.method.currentData()
        return Return(PaymentMethod(chosen) if chosen else None, self.reason.text().strip())
