"""Cash paid into or out of the drawer (not a sale, not a refund) with its reason, and the drawer opened
without a sale."""

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.widgets.money_edit import MoneyEdit

REASON_LENGTH = 200  # what the session keeps of a reason


@dataclass(frozen=True)
class CashMove:
    amount: Decimal
    reason: str


class CashMoveDialog(FormDialog):
    """An amount above zero and a reason (both required); `paying_in` says which way the cash goes."""

    def __init__(self, paying_in: bool, till: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paying_in = paying_in
        if paying_in:
            self.setObjectName("cashInDialog")
            self.set_texts(self.tr("Cash in: till {till}").format(till=till), self.tr("Pay in"))
            hint = self.tr("Cash put into the drawer that is not a sale, e.g. more change from the bank.")
            reasons = [self.tr("change from the bank"), self.tr("float top-up")]
        else:
            self.setObjectName("cashOutDialog")
            self.set_texts(self.tr("Cash out: till {till}").format(till=till), self.tr("Pay out"))
            hint = self.tr("Cash taken out of the drawer that is not a refund, e.g. a bank deposit.")
            reasons = [self.tr("bank deposit"), self.tr("supplier paid"), self.tr("petty cash")]
        note = QLabel(hint)
        note.setWordWrap(True)
        self.amount = MoneyEdit()
        self.amount.setObjectName("cashMoveAmount")
        self.reason = QComboBox()
        self.reason.setObjectName("cashMoveReason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems(["", *reasons])
        self.reason.setCurrentIndex(0)
        line = self.reason.lineEdit()
        if line is not None:
            line.setMaxLength(REASON_LENGTH)
            line.setPlaceholderText(self.tr("required: what the cash is for"))
        self.form.addRow(note)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.setTabOrder(self.amount, self.reason)
        self.setTabOrder(self.reason, self.ok_button)
        self.amount.setFocus()

    def value(self) -> CashMove:
        amount = self.amount.value()
        if amount is None or amount <= 0:
            raise ValueError(self.tr("Type an amount above 0"))
        reason = self.reason.currentText().strip()
        if not reason:
            raise ValueError(self.tr("Give a reason (e.g. bank deposit)"))
        return CashMove(amount, reason)


class DrawerDialog(FormDialog):
    """Opens the drawer without a sale; the reason is optional but kept in the audit trail."""

    def __init__(self, till: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawerDialog")
        self.set_texts(self.tr("Open the drawer: till {till}").format(till=till), self.tr("Open drawer"))
        note = QLabel(self.tr("No sale: the drawer's opening is recorded with your name."))
        note.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("drawerReason")
        self.reason.setMaxLength(REASON_LENGTH)
        self.reason.setPlaceholderText(self.tr("optional, e.g. change for a customer"))
        self.form.addRow(note)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.reason.setFocus()

    def value(self) -> str:
        return self.reason.text().strip()
