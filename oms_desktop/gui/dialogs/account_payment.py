"""A payment on account: the amount, how it came, a reference, and optionally which open orders it pays
(ticked, in the order shown); with none ticked it goes to the oldest open orders first."""

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.payment import CHOOSABLE_METHODS
from oms_desktop.gui import labels
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.formatting import money, money_with_symbol
from oms_desktop.gui.widgets.money_edit import MoneyEdit
from oms_desktop.services.receivables import CustomerBalance

REFERENCE_LENGTH = 100


@dataclass(frozen=True)
class AccountPaymentInput:
    amount: Decimal
    method: PaymentMethod
    orders: list[str]  # empty: the oldest first
    reference: str


class AccountPaymentDialog(FormDialog):
    def __init__(self, customer: CustomerBalance, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountPaymentDialog")
        self.setMinimumWidth(560)
        self.set_texts(
            self.tr("Payment on account: {name}").format(name=customer.name), self.tr("Book the payment")
        )
        owed = QLabel(
            self.tr("{name} ({code}) owes {amount}").format(
                name=customer.name, code=customer.code, amount=money_with_symbol(customer.balance, currency)
            )
        )
        owed.setObjectName("accountOwed")
        owed.setWordWrap(True)
        self.amount = MoneyEdit()
        self.amount.setObjectName("accountAmount")
        self.method = QComboBox()
        self.method.setObjectName("accountMethod")
        for method in CHOOSABLE_METHODS:
            self.method.addItem(labels.payment_method(method.value), method.value)
        self.method.setCurrentIndex(self.method.findData(PaymentMethod.BANK_TRANSFER.value))
        self.reference = QLineEdit()
        self.reference.setObjectName("accountReference")
        self.reference.setMaxLength(REFERENCE_LENGTH)
        self.reference.setPlaceholderText(self.tr("optional: the bank's reference, a cheque number"))
        self.orders = QListWidget()
        self.orders.setObjectName("accountOrders")
        for order in customer.orders:
            text = self.tr("{number} · due {due} · owes {owed}").format(
                number=order.number, due=order.due.isoformat(), owed=money(order.balance)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, order.number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.orders.addItem(item)
        # As tall as its orders (up to six), so that one order does not leave an empty box.
        self.orders.setFixedHeight(min(6, max(len(customer.orders), 1)) * 24 + 6)
        hint = QLabel(self.tr("Tick the orders it pays, or none: the oldest are paid first."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.form.addRow(owed)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("Reference"), self.reference)
        self.form.addRow(self.tr("Orders"), self.orders)
        self.form.addRow(hint)
        self.amount.setFocus()

    def ticked(self) -> list[str]:
        return [
            str(self.orders.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.orders.count())
            if self.orders.item(i).checkState() == Qt.CheckState.Checked
        ]

    def value(self) -> AccountPaymentInput:
        amount = self.amount.value()
        if amount is None or amount <= 0:
            raise ValueError(self.tr("Type the amount received"))
        return AccountPaymentInput(
            amount, PaymentMethod(self.method.currentData()), self.ticked(), self.reference.text().strip()
        )
