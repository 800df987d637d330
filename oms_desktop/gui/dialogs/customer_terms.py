"""A customer's payment terms (days an order on account has before it is due) and credit limit: a
manager's change (a cashier is asked for a manager's approval)."""

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.widgets.money_edit import MoneyEdit

TERMS_MOST = 365


@dataclass(frozen=True)
class TermsInput:
    days: int
    credit_limit: Decimal


class CustomerTermsDialog(FormDialog):
    def __init__(self, name: str, days: int, credit_limit: Decimal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerTermsDialog")
        self.set_texts(self.tr("Terms of {name}").format(name=name), self.tr("Save"))
        self.days = QSpinBox()
        self.days.setObjectName("termsDays")
        self.days.setRange(0, TERMS_MOST)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(days)
        self.limit = MoneyEdit()
        self.limit.setObjectName("termsCreditLimit")
        self.limit.set_value(credit_limit)
        hint = QLabel(
            self.tr("An order on account is due its day plus these days. 0 days: it is due at once.")
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.form.addRow(self.tr("Payment terms"), self.days)
        self.form.addRow(self.tr("Credit limit"), self.limit)
        self.form.addRow(hint)
        self.days.setFocus()

    def value(self) -> TermsInput:
        limit = self.limit.value()
        if limit is None:
            raise ValueError(self.tr("Type the credit limit (0 for none)"))
        return TermsInput(self.days.value(), limit)
