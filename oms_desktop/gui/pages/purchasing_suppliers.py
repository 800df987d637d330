"""Purchasing › Suppliers: the list (add, edit) and a product's suppliers with its cost, pack size,
minimum order, lead time and which one is preferred."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.domain.errors import DomainError
from oms_desktop.gui import operations
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.dialogs.opening import open_dialog
from oms_desktop.gui.dialogs.product_supplier import TermsDialog
from oms_desktop.gui.dialogs.supplier_form import SupplierDialog
from oms_desktop.gui.models.suppliers import ProductSuppliersModel, SuppliersModel
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.gui.widgets.tables import make_table, set_columns
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.records import ProductRecord
from oms_desktop.services.suppliers import ProductSupplierRecord, SupplierRecord

KIND = "suppliers"


class SuppliersTab(QWidget):
    """`suppliers_changed(list)` tells the page the suppliers read (for the other tabs' pickers)."""

    suppliers_changed = Signal(list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suppliersTab")
        self.ctx = ctx
        self.model = SuppliersModel(self)
        self.terms = ProductSuppliersModel(self)
        self.product: ProductRecord | None = None
        self.dialog: FormDialog | None = None
        self._stale = True

        self.new_button = QPushButton(self.tr("New supplier…"))
        self.new_button.setObjectName("newSupplier")
        self.new_button.clicked.connect(self.new_supplier)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editSupplier")
        self.edit_button.clicked.connect(self.edit_supplier)
        self.table = make_table("suppliersTable", self, sortable=False)
        self.table.setModel(self.model)
        S = SuppliersModel
        set_columns(
            self.table,
            {
                S.COL_CODE: 80,
                S.COL_NAME: 200,
                S.COL_CONTACT: 110,
                S.COL_PHONE: 110,
                S.COL_EMAIL: 160,
                S.COL_CURRENCY: 65,
                S.COL_LEAD: 110,
                S.COL_ORDER_COST: 100,
            },
            stretch=S.COL_PRODUCTS,
        )
        self.table.activated.connect(lambda _index: self.edit_supplier())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        self.product_field = QLineEdit()
        self.product_field.setObjectName("termsProduct")
        self.product_field.setPlaceholderText(
            self.tr("A product's suppliers: scan or type its SKU, then Enter")
        )
        self.product_field.setClearButtonEnabled(True)
        self.product_field.returnPressed.connect(lambda: self.show_product(self.product_field.text()))
        self.product_label = QLabel(self.tr("No product chosen"))
        self.product_label.setObjectName("termsProductName")
        self.terms_button = QPushButton(self.tr("Add a supplier for it…"))
        self.terms_button.setObjectName("addTerms")
        self.terms_button.clicked.connect(lambda: self.edit_terms(None))
        self.edit_terms_button = QPushButton(self.tr("Change terms…"))
        self.edit_terms_button.setObjectName("editTerms")
        self.edit_terms_button.clicked.connect(self._edit_selected_terms)
        self.terms_table = make_table("productSuppliersTable", self, sortable=False)
        self.terms_table.setModel(self.terms)
        T = ProductSuppliersModel
        set_columns(
            self.terms_table,
            {
                T.COL_SUPPLIER: 220,
                T.COL_SUPPLIER_SKU: 120,
                T.COL_COST: 80,
                T.COL_PACK: 60,
                T.COL_MIN: 70,
                T.COL_LEAD: 110,
            },
            stretch=T.COL_PREFERRED,
        )
        self.terms_table.activated.connect(lambda _index: self._edit_selected_terms())
        self.terms_table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.message = MessageBar(self)
        self.message.setObjectName("suppliersMessage")

        tools = QHBoxLayout()
        tools.addStretch(1)
        tools.addWidget(self.new_button)
        tools.addWidget(self.edit_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        pick.addWidget(self.product_field, 1)
        pick.addWidget(self.product_label, 1)
        pick.addWidget(self.terms_button)
        pick.addWidget(self.edit_terms_button)
        lower_layout.addLayout(pick)
        lower_layout.addWidget(self.terms_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("suppliersSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([330, 230])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        ctx.bus.changed.connect(self._on_changed)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        operations.purchasing.list_suppliers().run(
            self.ctx.tasks, self._listed, self.message.show_error, owner=self
        )

    def _listed(self, rows: list[SupplierRecord]) -> None:
        chosen = self.selected
        self.model.set_rows(rows)
        if chosen is not None:
            row = self.model.find(lambda s: s.code == chosen.code)
            if row is not None:
                self.table.selectRow(row)
        self._update_buttons()
        self.suppliers_changed.emit(rows)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(KIND):
            self.reload()  # cheap, and the other tabs' supplier pickers follow
            if self.product is not None:
                self.show_product(self.product.sku)

    @property
    def selected(self) -> SupplierRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @property
    def selected_terms(self) -> ProductSupplierRecord | None:
        rows = self.terms_table.selectionModel().selectedRows()
        return self.terms.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected is not None)
        self.terms_button.setEnabled(self.product is not None and self.model.rowCount() > 0)
        if self.product is None:
            self.terms_button.setToolTip(self.tr("Choose a product first"))
        elif not self.model.rowCount():
            self.terms_button.setToolTip(self.tr("Add a supplier first"))
        else:
            self.terms_button.setToolTip(
                self.tr("What a supplier sells {sku} for").format(sku=self.product.sku)
            )
        self.edit_terms_button.setEnabled(self.selected_terms is not None)

    # --- suppliers -----------------------------------------------------------------------------------

    def new_supplier(self) -> None:
        dialog = SupplierDialog(None, self.ctx.shop.currency, self)
        dialog.bind(self.ctx.tasks, operations.purchasing.add_supplier, self._saved)
        self.dialog = open_dialog(dialog)

    def edit_supplier(self) -> None:
        supplier = self.selected
        if supplier is None:
            return
        dialog = SupplierDialog(supplier, self.ctx.shop.currency, self)
        code = supplier.code
        dialog.bind(
            self.ctx.tasks, lambda data: operations.purchasing.update_supplier(code, data), self._saved
        )
        self.dialog = open_dialog(dialog)

    def _saved(self, outcome: Outcome[SupplierRecord]) -> None:
        s = outcome.value
        self.message.show_success(self.tr("{code} · {name} saved").format(code=s.code, name=s.name))

    # --- a product's suppliers -----------------------------------------------------------------------

    def show_product(self, code: str) -> None:
        code = code.strip()
        if not code:
            return
        operations.purchasing.find_product(code).run(
            self.ctx.tasks, self._product_found, self._product_failed, owner=self
        )

    def _product_found(self, product: ProductRecord) -> None:
        self.product = product
        self.product_label.setText(f"{product.sku} · {product.name}")
        self.product_field.clear()
        operations.purchasing.product_suppliers(product.sku).run(
            self.ctx.tasks, self._terms_loaded, self.message.show_error, owner=self
        )

    def _product_failed(self, error: DomainError) -> None:
        self.message.show_error(error)

    def _terms_loaded(self, rows: list[ProductSupplierRecord]) -> None:
        self.terms.set_rows(rows)
        self._update_buttons()

    def _edit_selected_terms(self) -> None:
        terms = self.selected_terms
        if terms is not None:
            self.edit_terms(terms)

    def edit_terms(self, terms: ProductSupplierRecord | None) -> None:
        if self.product is None:
            return
        dialog = TermsDialog(self.product, self.model.rows(), terms, self)
        sku = self.product.sku
        dialog.bind(
            self.ctx.tasks,
            operations.purchasing.set_product_supplier,
            lambda outcome: self.message.show_success(
                self.tr("{sku} at {supplier}: {cost}").format(
                    sku=sku, supplier=outcome.value.supplier_name, cost=outcome.value.cost
                )
            ),
        )
        self.dialog = open_dialog(dialog)
