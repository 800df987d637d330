"""A new purchase order: the supplier and the location its goods arrive at (MAIN unless chosen), then lines
added by scan or search, with quantities and costs.

A scan or a typed SKU adds one of the product (with the supplier's cost for it); a search that finds
several products lists them to pick from (Enter or double-click). A scan is caught wherever the focus is.
OK writes the draft in one call; it waits for scans still being looked up.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from oms_desktop.domain.errors import DomainError
from oms_desktop.gui import labels, operations
from oms_desktop.gui.dialogs.scan_form_dialog import ScanFormDialog
from oms_desktop.gui.formatting import money
from oms_desktop.gui.models.po_draft import DraftLinesModel
from oms_desktop.gui.operations.purchasing import ProductTerms
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.gui.widgets.scan_catcher import ScanCatcher
from oms_desktop.gui.widgets.tables import commit_editor, make_table, set_columns
from oms_desktop.services.purchase_orders import POLineInput
from oms_desktop.services.records import LocationRecord
from oms_desktop.services.suppliers import SupplierRecord

NOTES_LENGTH = 500
DEFAULT_LOCATION = "MAIN"  # where goods arrive unless the user chooses (services/lookups.py)

NewPO = tuple[str, list[POLineInput], str, str]


class NewPODialog(ScanFormDialog):
    """`value()` is (supplier code, lines, notes, location code)."""

    def __init__(
        self,
        suppliers: list[SupplierRecord],
        tasks: TaskRunner,
        parent: QWidget | None = None,
        locations: list[LocationRecord] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPODialog")
        self.setMinimumWidth(760)
        self.resize(820, 520)
        self.tasks = tasks
        self._pending = 0  # lookups on their way
        self._submit_after = False
        self.set_texts(self.tr("New purchase order"), self.tr("Create draft"))
        self.supplier = QComboBox()
        self.supplier.setObjectName("poSupplier")
        for s in suppliers:
            self.supplier.addItem(f"{s.code} · {s.name}", s.code)
        self.location = QComboBox()
        self.location.setObjectName("poLocation")
        self.location.setToolTip(self.tr("Where the goods arrive: received stock is booked there"))
        for loc in locations or []:
            self.location.addItem(f"{loc.code} · {loc.name}", loc.code)
        if self.location.count() == 0:
            self.location.addItem(DEFAULT_LOCATION, DEFAULT_LOCATION)
        self.location.setCurrentIndex(max(self.location.findData(DEFAULT_LOCATION), 0))
        self.scan = QLineEdit()
        self.scan.setObjectName("poScan")
        self.scan.setPlaceholderText(self.tr("Scan a barcode, or type a SKU or a name, then Enter"))
        self.scan.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("poResults")
        self.results.setMaximumHeight(110)
        self.results.hide()
        self.results.itemDoubleClicked.connect(self._pick)
        self.lines = DraftLinesModel(self)
        self.lines.refused.connect(self.message.show_error)
        self.lines.edited.connect(self._show_total)
        self.table = make_table("poDraftLines", self, sortable=False)
        self.table.setModel(self.lines)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        M = DraftLinesModel
        set_columns(
            self.table, {M.COL_SKU: 100, M.COL_QTY: 80, M.COL_COST: 90, M.COL_TOTAL: 100}, stretch=M.COL_NAME
        )
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.setObjectName("poRemoveLine")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_line)
        self.notes = QLineEdit()
        self.notes.setObjectName("poNotes")
        self.notes.setMaxLength(NOTES_LENGTH)
        self.notes.setPlaceholderText(self.tr("optional: for the supplier"))
        self.total = QLabel()
        self.total.setObjectName("poTotal")
        self.form.addRow(self.tr("Supplier"), self.supplier)
        self.form.addRow(self.tr("Deliver to"), self.location)
        self.form.addRow(self.tr("Add"), self.scan)
        self.form.addRow(self.results)
        self.form.addRow(self.table)
        row = QHBoxLayout()
        row.addWidget(self.total, 1)
        row.addWidget(self.remove_button)
        self.form.addRow(row)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.catcher = ScanCatcher(self, self.scan)
        self.catcher.scanned.connect(self.look_up)
        self._show_total()
        self.scan.setFocus()

    @property
    def supplier_code(self) -> str:
        return str(self.supplier.currentData() or "")

    # --- adding lines ----------------------------------------------------------------------------------

    def look_up(self, text: str) -> None:
        """A scan or a typed SKU or name: one product found is added, several are listed to pick from."""
        text = text.strip()
        if not text:
            return
        self._pending += 1
        operations.purchasing.find_for_po(text, self.supplier_code).run(
            self.tasks, lambda found: self._found(text, found), self._failed, owner=self
        )

    def _found(self, text: str, found: list[ProductTerms]) -> None:
        self._pending -= 1
        self.results.clear()
        self.results.hide()
        if len(found) == 1:
            self._add(found[0])
        elif not found:
            self.message.show_error(self.tr("Nothing found for '{text}'").format(text=text))
        else:
            for terms in found:
                item = QListWidgetItem(f"{terms.product.sku} · {terms.product.name} · {money(terms.cost)}")
                item.setData(Qt.ItemDataRole.UserRole, terms)
                self.results.addItem(item)
            self.results.show()
            self.results.setCurrentRow(0)
            self.message.show_info(
                self.tr("{count} products match '{text}': pick one (Enter or double-click)").format(
                    count=len(found), text=text
                )
            )
        self._maybe_submit()

    def _failed(self, error: DomainError) -> None:
        self._pending -= 1
        self.message.show_error(error)
        self._submit_after = False

    def _pick(self, item: QListWidgetItem) -> None:
        terms = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(terms, ProductTerms):
            self._add(terms)
        self.results.hide()
        self.scan.setFocus()

    def _add(self, terms: ProductTerms) -> None:
        commit_editor(self.table)  # a quantity being typed when the scan came stays typed
        row = self.lines.add(terms, terms.pack_size if terms.pack_size else 1)
        line = self.lines.row_at(row)
        self.table.selectRow(row)
        self.message.show_success(
            self.tr("{sku} · {name}: {quantity} on the order").format(
                sku=line.sku, name=line.name, quantity=line.quantity
            )
        )

    def remove_line(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.lines.remove_row(rows[0].row())
            self._show_total()

    def _show_total(self) -> None:
        self.total.setText(
            self.tr("{lines}, total {total}").format(
                lines=labels.lines(self.lines.rowCount()), total=money(self.lines.total())
            )
        )

    # --- the order -------------------------------------------------------------------------------------

    @property
    def location_code(self) -> str:
        return str(self.location.currentData() or DEFAULT_LOCATION)

    def value(self) -> NewPO:
        if not self.supplier_code:
            raise ValueError(self.tr("Add a supplier first (Suppliers tab)"))
        lines = self.lines.inputs()
        if not lines:
            raise ValueError(self.tr("Add at least one line: scan a product or type its SKU or name"))
        return self.supplier_code, lines, self.notes.text().strip(), self.location_code
