"""Adding or editing a customer: contact data, addresses, price tier and credit limit. A phone or e-mail
another customer has already is said before saving, and saved only when asked again ("Save anyway")."""

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from oms_desktop.domain import PriceTier
from oms_desktop.domain.errors import DomainError
from oms_desktop.gui import labels, operations
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.error_text import message_text
from oms_desktop.gui.operations import Op
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.gui.widgets.money_edit import MoneyEdit
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.records import CustomerRecord


class CustomerDialog(FormDialog):
    """A customer's data; `value()` is the CustomerInput the customers service takes."""

    def __init__(self, customer: CustomerRecord | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self.customer = customer
        if customer is None:
            self.set_texts(self.tr("New customer"), self.tr("Add customer"))
        else:
            self.set_texts(self.tr("Edit {code}").format(code=customer.code), self.tr("Save"))
        self.name = QLineEdit()
        self.name.setObjectName("customerNameEdit")
        self.phone = QLineEdit()
        self.phone.setObjectName("customerPhone")
        self.email = QLineEdit()
        self.email.setObjectName("customerEmail")
        self.billing = QPlainTextEdit()
        self.billing.setObjectName("customerBilling")
        self.shipping = QPlainTextEdit()
        self.shipping.setObjectName("customerShipping")
        self.shipping.setPlaceholderText(self.tr("same as the billing address"))
        for box in (self.billing, self.shipping):
            box.setMaximumHeight(60)
        self.tier = QComboBox()
        self.tier.setObjectName("customerTier")
        for tier in PriceTier:
            self.tier.addItem(labels.price_tier(tier.value), tier.value)
        self.credit = MoneyEdit()
        self.credit.setObjectName("customerCredit")
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(50)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("E-mail"), self.email)
        self.form.addRow(self.tr("Billing address"), self.billing)
        self.form.addRow(self.tr("Shipping address"), self.shipping)
        self.form.addRow(self.tr("Price tier"), self.tier)
        self.form.addRow(self.tr("Credit limit"), self.credit)
        self.form.addRow(self.tr("Notes"), self.notes)
        if customer is not None:
            self.name.setText(customer.name)
            self.phone.setText(customer.phone)
            self.email.setText(customer.email)
            self.billing.setPlainText(customer.billing_address)
            if customer.shipping_address != customer.billing_address:
                self.shipping.setPlainText(customer.shipping_address)
            self.tier.setCurrentIndex(self.tier.findData(customer.price_tier))
            self.credit.set_value(customer.credit_limit)
            self.notes.setPlainText(customer.notes)
        self.name.setFocus()
        self.tasks: TaskRunner | None = None
        self._checking = False
        # The phone and e-mail the user was told about (an edit's own are no news): saved as they are.
        self._told: tuple[str, str] | None = (customer.phone, customer.email) if customer else None
        self._ok_text = self.ok_button.text()

    def bind(
        self,
        tasks: TaskRunner,
        operation: Callable[[Any], Op[Any]],
        done: Callable[[Any], None] | None = None,
        *,
        label: str | None = None,
    ) -> None:
        self.tasks = tasks
        super().bind(tasks, operation, done, label=label)

    def submit(self) -> None:
        """Save; but first, a phone or e-mail not told about yet is looked for on other customers."""
        if self.busy or self._checking:
            return
        try:
            data = self.value()
        except (ValueError, DomainError) as exc:
            self.message.show_error(exc)
            return
        contact = (data.phone, data.email)
        if self.tasks is None or contact == self._told or not any(contact):
            super().submit()
            return
        self._checking = True
        self.buttons.setEnabled(False)
        self.ok_button.setText(self._ok_text)
        besides = self.customer.code if self.customer else None
        operations.customers.duplicates(data.phone, data.email, besides).run(
            self.tasks, lambda found: self._checked(contact, found), self._check_refused, owner=self
        )

    def _checked(self, contact: tuple[str, str], found: list[CustomerRecord]) -> None:
        self._checking = False
        self.buttons.setEnabled(True)
        self._told = contact
        if not found:
            super().submit()
            return
        others = ", ".join(f"{c.name} ({c.code})" for c in found[:3])
        warning = message_text("customer_same_contact", {"customers": others})
        self.message.show_warning(self.tr("{warning}. Save anyway?").format(warning=warning))
        self.ok_button.setText(self.tr("Save anyway"))

    def _check_refused(self, error: DomainError) -> None:
        self._checking = False
        self.refuse(error)

    def value(self) -> CustomerInput:
        if not self.name.text().strip():
            raise ValueError(self.tr("The customer needs a name"))
        return CustomerInput(
            name=self.name.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            billing_address=self.billing.toPlainText().strip(),
            shipping_address=self.shipping.toPlainText().strip(),
            price_tier=PriceTier(self.tier.currentData()),
            credit_limit=self.credit.value() or Decimal("0"),
            notes=self.notes.toPlainText(),
        )
