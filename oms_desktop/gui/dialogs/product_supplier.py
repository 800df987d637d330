"""A product's terms at one supplier: its cost, pack size, minimum order, lead time and whether it is the
preferred supplier (the one replenishment orders from)."""

from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QSpinBox, QWidget

from oms_desktop.domain.quantity import Quantity, parse_quantity
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.operations.purchasing import TermsInput
from oms_desktop.gui.widgets.money_edit import MoneyEdit
from oms_desktop.services.records import ProductRecord
from oms_desktop.services.suppliers import ProductSupplierRecord, SupplierRecord

MAX_QUANTITY = 1_000_000


class TermsDialog(FormDialog):
    """`terms` given: that supplier's terms changed; otherwise a supplier is chosen."""

    def __init__(
        self,
        product: ProductRecord,
        suppliers: list[SupplierRecord],
        terms: ProductSupplierRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("termsDialog")
        self.product = product
        self.set_texts(self.tr("{sku} at a supplier").format(sku=product.sku), self.tr("Save"))
        self.supplier = QComboBox()
        self.supplier.setObjectName("termsSupplier")
        for s in suppliers:
            self.supplier.addItem(f"{s.code} · {s.name}", s.code)
        self.supplier_sku = QLineEdit(terms.supplier_sku if terms else "")
        self.supplier_sku.setObjectName("termsSupplierSku")
        self.supplier_sku.setMaxLength(64)
        self.cost = MoneyEdit()
        self.cost.setObjectName("termsCost")
        self.cost.set_value(terms.cost if terms else product.cost)
        self.pack = self._quantity(
            "termsPack", terms.pack_size if terms else 1, minimum=10**-product.decimals
        )
        self.minimum = self._quantity("termsMinimum", terms.min_qty if terms else 0, minimum=0)
        self.lead_time = QSpinBox()
        self.lead_time.setObjectName("termsLeadTime")
        self.lead_time.setRange(-1, 365)
        self.lead_time.setSpecialValueText(self.tr("the supplier's"))
        self.lead_time.setSuffix(self.tr(" days"))
        self.lead_time.setValue(-1)
        self.preferred = QCheckBox(self.tr("Preferred supplier (replenishment orders from it)"))
        self.preferred.setObjectName("termsPreferred")
        self.preferred.setChecked(terms.preferred if terms else False)
        if terms is not None:
            self.supplier.setCurrentIndex(max(self.supplier.findData(terms.supplier_code), 0))
            self.supplier.setEnabled(False)
            self.lead_time.setValue(terms.lead_time_days)
        self.form.addRow(self.tr("Product"), QLabel(f"{product.sku} · {product.name}"))
        self.form.addRow(self.tr("Supplier"), self.supplier)
        self.form.addRow(self.tr("Supplier's SKU"), self.supplier_sku)
        self.form.addRow(self.tr("Cost"), self.cost)
        self.form.addRow(self.tr("Pack size"), self.pack)
        self.form.addRow(self.tr("Minimum order"), self.minimum)
        self.form.addRow(self.tr("Lead time"), self.lead_time)
        self.form.addRow(self.preferred)
        self.cost.setFocus()

    def _quantity(self, name: str, value: Quantity, *, minimum: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setDecimals(self.product.decimals)
        box.setRange(minimum, MAX_QUANTITY)
        box.setValue(float(value))
        return box

    def _typed(self, box: QDoubleSpinBox) -> Quantity:
        return parse_quantity(f"{box.value():.{self.product.decimals}f}")

    def value(self) -> TermsInput:
        code = self.supplier.currentData()
        if not code:
            raise ValueError(self.tr("Add a supplier first"))
        cost = self.cost.value()
        if cost is None:
            raise ValueError(self.tr("Give the supplier's cost"))
        lead = self.lead_time.value()
        return TermsInput(
            sku=self.product.sku,
            supplier=str(code),
            cost=Decimal(cost),
            pack_size=self._typed(self.pack),
            min_qty=self._typed(self.minimum),
            lead_time_days=None if lead < 0 else lead,
            preferred=self.preferred.isChecked(),
            supplier_sku=self.supplier_sku.text(),
        )
