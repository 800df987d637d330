"""A supplier added or edited: name, contact, currency, default lead time, ordering cost and notes."""

from decimal import Decimal

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.widgets.money_edit import MoneyEdit
from oms_desktop.services.suppliers import SupplierInput, SupplierRecord

LEAD_TIME_MOST = 365


class SupplierDialog(FormDialog):
    """`supplier` None: a new one (its code may be typed, else SUP-001 is given)."""

    def __init__(self, supplier: SupplierRecord | None, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supplierDialog")
        self.supplier = supplier
        if supplier is None:
            self.set_texts(self.tr("New supplier"), self.tr("Add"))
        else:
            self.set_texts(self.tr("Supplier {code}").format(code=supplier.code), self.tr("Save"))
        self.code = QLineEdit(supplier.code if supplier else "")
        self.code.setObjectName("supplierCode")
        self.code.setPlaceholderText(self.tr("optional: given as SUP-001 when empty"))
        self.code.setEnabled(supplier is None)
        self.code.setMaxLength(32)
        self.name = QLineEdit(supplier.name if supplier else "")
        self.name.setObjectName("supplierName")
        self.contact = QLineEdit(supplier.contact if supplier else "")
        self.phone = QLineEdit(supplier.phone if supplier else "")
        self.email = QLineEdit(supplier.email if supplier else "")
        self.address = QLineEdit(supplier.address if supplier else "")
        self.currency = QLineEdit(supplier.currency if supplier else currency)
        self.currency.setObjectName("supplierCurrency")
        self.currency.setMaxLength(3)
        self.lead_time = QSpinBox()
        self.lead_time.setObjectName("supplierLeadTime")
        self.lead_time.setRange(0, LEAD_TIME_MOST)
        self.lead_time.setValue(supplier.lead_time_days if supplier else 7)
        self.lead_time.setSuffix(self.tr(" days"))
        self.order_cost = MoneyEdit()
        self.order_cost.setObjectName("supplierOrderCost")
        self.order_cost.set_value(supplier.order_cost if supplier else None)
        self.order_cost.setToolTip(self.tr("What placing one order costs (S in the EOQ)"))
        self.notes = QPlainTextEdit(supplier.notes if supplier else "")
        self.notes.setFixedHeight(60)
        self.form.addRow(self.tr("Code"), self.code)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Contact"), self.contact)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("E-mail"), self.email)
        self.form.addRow(self.tr("Address"), self.address)
        self.form.addRow(self.tr("Currency"), self.currency)
        self.form.addRow(self.tr("Lead time"), self.lead_time)
        self.form.addRow(self.tr("Ordering cost"), self.order_cost)
        self.form.addRow(self.tr("Notes"), self.notes)
        (self.name if supplier else self.code).setFocus()

    def value(self) -> SupplierInput:
        if not self.name.text().strip():
            raise ValueError(self.tr("A supplier needs a name"))
        currency = self.currency.text().strip().upper()
        return SupplierInput(
            name=self.name.text(),
            code=self.code.text().strip() or None,
            contact=self.contact.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
            currency=currency or None,
            lead_time_days=self.lead_time.value(),
            order_cost=self.order_cost.value() or Decimal(0),
            notes=self.notes.toPlainText(),
        )
