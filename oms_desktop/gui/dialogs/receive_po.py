"""Receive a delivery against a purchase order with the scanner.

Each scan adds one to the scanned product's line, wherever the focus is in the dialog (a cell being
edited, the note, a button: the scan catcher takes the burst); quantities and costs are edited in place by
mouse or keyboard. A scan of a product that is not on the PO says so in one line and adds nothing. Enter in
the empty scan field, or OK, books the whole delivery in one call.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from oms_desktop.domain.errors import DomainError, NotFound
from oms_desktop.gui import labels, operations
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.models.receiving import Arriving, ReceiveLinesModel
from oms_desktop.gui.operations.purchasing import ReceiveView
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.gui.widgets.scan_catcher import ScanCatcher
from oms_desktop.gui.widgets.tables import commit_editor, make_table, set_columns
from oms_desktop.services.purchase_orders import ReceiveLineInput
from oms_desktop.services.records import ProductRecord

NOTE_LENGTH = 200


class ReceivePODialog(FormDialog):
    """`value()` is the delivery: the lines with something arriving, and the note."""

    def __init__(self, view: ReceiveView, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivePODialog")
        self.setMinimumWidth(820)
        self.resize(900, 520)
        self.tasks = tasks
        self.po = view.po
        self.codes = {code.upper(): sku for code, sku in view.codes.items()}
        po = self.po
        self.set_texts(self.tr("Receive {number}").format(number=po.number), self.tr("Book delivery"))
        heading = QLabel(
            self.tr("{number} · {supplier} · {status}").format(
                number=po.number, supplier=po.supplier_name, status=labels.status(po.state)
            )
        )
        heading.setObjectName("receiveHeading")
        heading.setProperty("role", "sum")
        self.scan = QLineEdit()
        self.scan.setObjectName("receiveScan")
        self.scan.setPlaceholderText(self.tr("Scan a barcode or type a SKU, then Enter: one more of it"))
        self.scan.setClearButtonEnabled(True)
        self.lines = ReceiveLinesModel(self)
        self.lines.set_rows([Arriving(line) for line in po.lines])
        self.lines.refused.connect(self.message.show_error)
        self.lines.edited.connect(self._show_summary)
        self.table = make_table("receiveLines", self, sortable=False)
        self.table.setModel(self.lines)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        M = ReceiveLinesModel
        set_columns(
            self.table,
            {
                M.COL_SKU: 90,
                M.COL_ORDERED: 70,
                M.COL_RECEIVED: 110,
                M.COL_TO_COME: 70,
                M.COL_NOW: 100,
                M.COL_COST: 90,
            },
            stretch=M.COL_NAME,
        )
        self.fill_button = QPushButton(self.tr("All that is to come"))
        self.fill_button.setObjectName("receiveFill")
        self.fill_button.setAutoDefault(False)
        self.fill_button.setToolTip(self.tr("Every line arrives in full (then correct what differs)"))
        self.fill_button.clicked.connect(self.lines.fill_outstanding)
        self.note = QLineEdit()
        self.note.setObjectName("receiveNote")
        self.note.setMaxLength(NOTE_LENGTH)
        self.note.setPlaceholderText(self.tr("optional: delivery note number, remarks"))
        self.summary = QLabel()
        self.summary.setObjectName("receiveSummary")

        self.form.addRow(heading)
        self.form.addRow(self.tr("Scan"), self.scan)
        self.form.addRow(self.table)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.fill_button)
        self.form.addRow(row)
        self.form.addRow(self.tr("Note"), self.note)
        self.catcher = ScanCatcher(self, self.scan)
        self.catcher.scanned.connect(self.scan_code)
        self._show_summary()
        self.scan.setFocus()

    # --- scans ---------------------------------------------------------------------------------------

    def scan_code(self, code: str) -> None:
        """One more of the scanned product (a barcode or SKU); a product not on the PO adds nothing."""
        code = code.strip()
        if not code:
            return
        if self.busy:
            self.message.show_error(
                self.tr("The delivery is being booked: scan {code} again afterwards").format(code=code)
            )
            return
        sku = self.codes.get(code.upper())
        if sku is not None:
            commit_editor(self.table)  # a cost being typed when the scan came stays typed
        row = self.lines.add_one(sku) if sku is not None else None
        if row is None:
            operations.purchasing.find_product(code).run(
                self.tasks, self._not_on_po, lambda error: self._unknown(code, error), owner=self
            )
            return
        arriving = self.lines.row_at(row)
        self.table.selectRow(row)
        self.message.show_success(
            self.tr("{sku} · {name}: {quantity} arriving").format(
                sku=arriving.line.sku, name=arriving.line.name, quantity=arriving.quantity
            )
        )

    def _not_on_po(self, product: ProductRecord) -> None:
        self.message.show_error(
            self.tr("{sku} · {name} is not on {number}: nothing added").format(
                sku=product.sku, name=product.name, number=self.po.number
            )
        )

    def _unknown(self, code: str, error: DomainError) -> None:
        if isinstance(error, NotFound):
            self.message.show_error(self.tr("Unknown barcode {code}: nothing added").format(code=code))
        else:
            self.message.show_error(error)

    def _show_summary(self) -> None:
        arriving = self.lines.inputs()
        self.summary.setText(
            self.tr("Arriving: {units} on {lines}").format(
                units=self.lines.units(), lines=labels.lines(len(arriving))
            )
        )

    # --- the delivery ----------------------------------------------------------------------------------

    def value(self) -> tuple[list[ReceiveLineInput], str]:
        lines = self.lines.inputs()
        if not lines:
            raise ValueError(self.tr("Nothing is arriving yet: scan the goods or type their quantities"))
        return lines, self.note.text().strip()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the scan field: a typed code is one more of it; an empty field books the delivery.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() is self.scan:
            event.accept()
            text = self.scan.text()
            self.scan.clear()
            if text.strip():
                self.scan_code(text)
            else:
                self.submit()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.catcher.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.catcher.stop()
        super().hideEvent(event)
