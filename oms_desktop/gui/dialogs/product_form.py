"""Adding or editing a product, with the checks a user needs while typing (SKU, barcode check digit,
prices). The core checks again on save (and for uniqueness), and its refusal is shown in the dialog."""

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from oms_desktop.domain.barcode import normalise_barcode
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import parse_rate
from oms_desktop.domain.quantity import MAX_DECIMALS, parse_quantity
from oms_desktop.gui import error_text
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.widgets.money_edit import MoneyEdit
from oms_desktop.services.catalogue import ProductInput
from oms_desktop.services.records import ProductRecord


class ProductDialog(FormDialog):
    """A product's catalogue data; `value()` is the ProductInput the catalogue service takes."""

    def __init__(
        self,
        product: ProductRecord | None,
        default_tax_rate: Decimal,
        parent: QWidget | None = None,
        *,
        tax_included: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productDialog")
        self.product = product
        if product is None:
            self.set_texts(self.tr("New product"), self.tr("Add product"))
        else:
            self.set_texts(self.tr("Edit {sku}").format(sku=product.sku), self.tr("Save"))
        self.sku = QLineEdit()
        self.sku.setObjectName("productSku")
        self.sku.setMaxLength(64)
        self.barcode = QLineEdit()
        self.barcode.setObjectName("productBarcode")
        self.barcode.setPlaceholderText(self.tr("EAN-13, UPC-A, EAN-8 or your own code"))
        self.barcode_check = QLabel()
        self.barcode_check.setObjectName("barcodeCheck")
        self.name = QLineEdit()
        self.name.setObjectName("productName")
        self.unit = QLineEdit("pcs")
        self.unit.setObjectName("productUnit")
        self.price = MoneyEdit()
        self.price.setObjectName("productPrice")
        self.wholesale = MoneyEdit()
        self.wholesale.setObjectName("productWholesale")
        self.wholesale.setPlaceholderText(self.tr("same as the price"))
        self.cost = MoneyEdit()
        self.cost.setObjectName("productCost")
        self.tax = QLineEdit(f"{default_tax_rate.normalize()}")
        self.tax.setObjectName("productTax")
        self.tax.setMaximumWidth(80)
        self.decimals = QSpinBox()
        self.decimals.setObjectName("productDecimals")
        self.decimals.setRange(0, MAX_DECIMALS)
        self.decimals.setToolTip(self.tr("0 for pieces; 3 for kilograms weighed to the gram"))
        self.reorder = QDoubleSpinBox()
        self.reorder.setObjectName("productReorder")
        self.reorder.setRange(0, 1_000_000)
        self.reorder.setDecimals(0)
        self.decimals.valueChanged.connect(self.reorder.setDecimals)
        self.active = QCheckBox(self.tr("Sold (active)"))
        self.active.setChecked(True)
        self.backorder = QCheckBox(self.tr("May be sold when out of stock (backorder)"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)

        barcode_row = QHBoxLayout()
        barcode_row.addWidget(self.barcode)
        barcode_row.addWidget(self.barcode_check)
        self.form.addRow(self.tr("SKU"), self.sku)
        self.form.addRow(self.tr("Barcode"), barcode_row)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Unit"), self.unit)
        price_caption = self.tr("Price (tax included)") if tax_included else self.tr("Price (before tax)")
        self.form.addRow(price_caption, self.price)
        self.form.addRow(self.tr("Wholesale price (before tax)"), self.wholesale)
        self.form.addRow(self.tr("Cost"), self.cost)
        self.form.addRow(self.tr("Tax rate %"), self.tax)
        self.form.addRow(self.tr("Unit decimals"), self.decimals)
        self.form.addRow(self.tr("Reorder point"), self.reorder)
        self.form.addRow("", self.active)
        self.form.addRow("", self.backorder)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.barcode.textChanged.connect(self._check_barcode)
        if product is not None:
            self._fill(product)
        self._check_barcode()
        self.sku.setFocus()

    def _fill(self, p: ProductRecord) -> None:
        self.sku.setText(p.sku)
        self.barcode.setText(p.barcode or "")
        self.name.setText(p.name)
        self.unit.setText(p.unit)
        self.price.set_value(p.price)
        self.wholesale.set_value(p.wholesale_price)
        self.cost.set_value(p.cost)
        self.tax.setText(f"{p.tax_rate}")
        self.decimals.setValue(p.decimals)
        self.reorder.setValue(float(p.reorder_point))
        self.active.setChecked(p.active)
        self.backorder.setChecked(p.allow_backorder)

    def _check_barcode(self) -> None:
        """Say at once whether the barcode's check digit is right, before the user saves."""
        text = self.barcode.text().strip()
        try:
            code = normalise_barcode(text)
        except ValidationError as exc:
            self.barcode_check.setText("✗")
            self.barcode_check.setToolTip(error_text.describe(exc))
            self.barcode_check.setProperty("valid", False)
            return
        self.barcode_check.setText("✓" if code else "")
        self.barcode_check.setToolTip(self.tr("Check digit correct") if code else "")
        self.barcode_check.setProperty("valid", True)

    def value(self) -> ProductInput:
        sku = self.sku.text().strip()
        if not sku or any(c.isspace() for c in sku):
            raise ValueError(self.tr("The SKU is required and cannot contain spaces"))
        if not self.name.text().strip():
            raise ValueError(self.tr("The product needs a name"))
        price = self.price.value()
        if price is None:
            raise ValueError(self.tr("The price is required (e.g. 12.50)"))
        try:
            tax_bp = parse_rate(self.tax.text())
        except ValueError as exc:
            raise ValueError(self.tr("Tax rate: {why}").format(why=exc)) from None
        barcode = normalise_barcode(self.barcode.text())  # ValidationError names the expected check digit
        return ProductInput(
            sku=sku,
            name=self.name.text().strip(),
            price=price,
            barcode=barcode,
            unit=self.unit.text().strip() or "pcs",
            cost=self.cost.value() or Decimal("0"),
            tax_rate_bp=tax_bp,
            reorder_point=parse_quantity(f"{self.reorder.value():.{self.decimals.value()}f}"),
            decimals=self.decimals.value(),
            wholesale_price=self.wholesale.value(),
            active=self.active.isChecked(),
            allow_backorder=self.backorder.isChecked(),
            notes=self.notes.toPlainText(),
        )
