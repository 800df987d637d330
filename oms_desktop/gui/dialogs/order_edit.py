"""Change… an order until all of it has left: its lines' quantities, unit prices and discounts edited in
place, lines removed, products added by scan or search, the ship-to, and why a price was lowered.

A scan (or a typed SKU) adds one of the product, to its line when the order has it, wherever the focus is
in the dialog (the scan catcher takes the burst); a search that finds several lists them to pick from.
A line that was shipped in part cannot go below what left (its Shipped column; the core refuses it) and
cannot be removed. OK sends everything in one call; a refusal is one line and the dialog keeps what was
typed.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from oms_desktop.domain.errors import DomainError
from oms_desktop.gui import labels, operations
from oms_desktop.gui.dialogs.scan_form_dialog import ScanFormDialog
from oms_desktop.gui.formatting import money
from oms_desktop.gui.models.order_edit_lines import EditLine, OrderEditLinesModel
from oms_desktop.gui.operations.order_edits import Offer
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.gui.widgets.scan_catcher import ScanCatcher
from oms_desktop.gui.widgets.tables import commit_editor, make_table, set_columns
from oms_desktop.services.order_edits import OrderEdit
from oms_desktop.services.records import OrderDetail

REASON_LENGTH = 200


class OrderEditDialog(ScanFormDialog):
    """`value()` is the `OrderEdit`: the lines changed or added, the SKUs taken off, the ship-to when it
    changed, and the reason."""

    def __init__(
        self,
        detail: OrderDetail,
        tasks: TaskRunner,
        reasons: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orderEditDialog")
        self.setMinimumWidth(760)
        self.resize(860, 560)
        self.tasks = tasks
        self.detail = detail
        self._pending = 0  # lookups on their way
        self._submit_after = False
        self.removed: dict[str, EditLine] = {}  # saved lines taken off, by SKU (a scan puts one back)
        self._from_scan = ""  # the last burst the scan catcher took, as it came
        self.set_texts(self.tr("Change order {number}").format(number=detail.number), self.tr("Save changes"))
        customer = detail.customer.name if detail.customer else self.tr("Walk-in")
        heading = QLabel(
            self.tr("{number} · {customer} · {status}").format(
                number=detail.number, customer=customer, status=labels.status(detail.status)
            )
        )
        heading.setObjectName("orderEditHeading")
        heading.setProperty("role", "sum")
        self.scan = QLineEdit()
        self.scan.setObjectName("orderEditScan")
        self.scan.setPlaceholderText(
            self.tr("Scan a barcode, or type a SKU or a name, then Enter: one more of it")
        )
        self.scan.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("orderEditResults")
        self.results.setMaximumHeight(110)
        self.results.hide()
        self.results.itemDoubleClicked.connect(self._pick)

        self.lines = OrderEditLinesModel(self)
        saved = [EditLine.saved(line) for line in detail.lines]
        self.lines.set_rows(saved)
        self._amount_before = self.lines.amount()
        self.lines.refused.connect(self.message.show_error)
        self.lines.edited.connect(self._show_summary)
        self.table = make_table("orderEditLines", self, sortable=False)
        self.table.setModel(self.lines)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        M = OrderEditLinesModel
        set_columns(
            self.table,
            {
                M.COL_SKU: 100,
                M.COL_SHIPPED: 70,
                M.COL_QTY: 70,
                M.COL_PRICE: 95,
                M.COL_DISCOUNT: 85,
                M.COL_AMOUNT: 100,
            },
            stretch=M.COL_NAME,
            hidden=[] if any(line.shipped for line in detail.lines) else [M.COL_SHIPPED],
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_remove())
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.setObjectName("orderEditRemove")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_line)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.table,
            self.remove_line,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.summary = QLabel()
        self.summary.setObjectName("orderEditSummary")

        self.ship_to = QPlainTextEdit(detail.ship_to)
        self.ship_to.setObjectName("orderEditShipTo")
        self.ship_to.setTabChangesFocus(True)
        self.ship_to.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.ship_to.setPlaceholderText(self.tr("Recipient name, address and phone, one a line"))
        self.reason = QComboBox()
        self.reason.setObjectName("orderEditReason")
        self.reason.setEditable(True)
        self.reason.addItems(["", *reasons])
        line_edit = self.reason.lineEdit()
        if line_edit is not None:
            line_edit.setMaxLength(REASON_LENGTH)
            line_edit.setPlaceholderText(self.tr("Why a price is lowered (kept in the audit trail)"))

        self.form.addRow(heading)
        self.form.addRow(self.tr("Add"), self.scan)
        self.form.addRow(self.results)
        self.form.addRow(self.table)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.remove_button)
        self.form.addRow(row)
        self.form.addRow(self.tr("Ship to"), self.ship_to)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.catcher = ScanCatcher(self, self.scan)
        self.catcher.scanned.connect(self._scanned)
        self._show_summary()
        self._show_remove()
        self.scan.setFocus()

    # --- adding lines ----------------------------------------------------------------------------------

    def _scanned(self, code: str) -> None:
        self._from_scan = code
        self.look_up(code)

    def look_up(self, text: str) -> None:
        """A scan or a typed SKU or name: one product found is one more of it; several are listed."""
        text = text.strip()
        if not text:
            return
        if self.busy:
            self.message.show_error(
                self.tr("The change is being saved: scan {code} again afterwards").format(code=text)
            )
            return
        self._pending += 1
        customer = self.detail.customer.code if self.detail.customer else None
        operations.order_edits.find_for_order(text, customer).run(
            self.tasks, lambda found: self._found(text, found), self._failed, owner=self
        )

    def _found(self, text: str, found: list[Offer]) -> None:
        self._pending -= 1
        self.results.clear()
        self.results.hide()
        if len(found) == 1:
            self._add(found[0])
        elif not found:
            self._submit_after = False
            # Typed fast into the ship-to or the reason, not scanned: the text goes back where it was typed.
            if not (self._from_scan.strip() == text and self.catcher.give_back(self._from_scan)):
                self.message.show_error(
                    self.tr("Nothing found for '{text}': nothing added").format(text=text)
                )
        else:
            for offer in found:
                item = QListWidgetItem(
                    f"{offer.product.sku} · {offer.product.name} · {money(offer.unit_price)}"
                )
                item.setData(Qt.ItemDataRole.UserRole, offer)
                self.results.addItem(item)
            self.results.show()
            self.results.setCurrentRow(0)
            self.message.show_info(
                self.tr("{count} products match '{text}': pick one (Enter or double-click)").format(
                    count=len(found), text=text
                )
            )
            self._submit_after = False
        self._maybe_submit()

    def _failed(self, error: DomainError) -> None:
        self._pending -= 1
        self._submit_after = False
        self.message.show_error(error)

    def _pick(self, item: QListWidgetItem) -> None:
        offer = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(offer, Offer):
            self._add(offer)
        self.results.hide()
        self.scan.setFocus()

    def _add(self, offer: Offer) -> None:
        commit_editor(self.table)  # a quantity or price being typed when the scan came stays typed
        product = offer.product
        back = self.removed.pop(product.sku, None)
        if back is not None and self.lines.row_of(product.sku) is None:
            back.quantity = 1  # a line taken off in this change comes back as it was, with one
            self.lines.append_rows([back])
            row = self.lines.rowCount() - 1
            self._show_summary()
        else:
            row = self.lines.add(product, offer.unit_price)
        line = self.lines.row_at(row)
        self.table.selectRow(row)
        self.message.show_success(
            self.tr("{sku} · {name}: {quantity} on the order").format(
                sku=line.sku, name=line.name, quantity=line.quantity
            )
        )

    # --- removing ----------------------------------------------------------------------------------------

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _show_remove(self) -> None:
        row = self._selected()
        line = self.lines.row_at(row) if row is not None else None
        self.remove_button.setEnabled(line is not None and not line.shipped)
        if line is not None and line.shipped:
            self.remove_button.setToolTip(
                self.tr("{shipped} of {sku} shipped already: it stays on the order").format(
                    shipped=line.shipped, sku=line.sku
                )
            )
        else:
            self.remove_button.setToolTip(self.tr("Take the selected line off the order (Del)"))

    def remove_line(self) -> None:
        row = self._selected()
        if row is None:
            return
        commit_editor(self.table)
        line = self.lines.row_at(row)
        if line.shipped:
            return
        if line.was is not None:
            self.removed[line.sku] = line
        self.lines.remove_row(row)
        words = self.tr("{sku} taken off (saved with the change)") if line.was else self.tr("{sku} taken off")
        self.message.show_info(words.format(sku=line.sku))
        self._show_summary()
        self._show_remove()

    # --- what is shown -------------------------------------------------------------------------------------

    def _show_summary(self) -> None:
        words = (
            self.tr("{lines} · {amount} tax included (was {before})")
            if self.detail.tax_included
            else self.tr("{lines} · {amount} before tax (was {before})")
        )
        self.summary.setText(
            words.format(
                lines=labels.lines(self.lines.rowCount()),
                amount=money(self.lines.amount()),
                before=money(self._amount_before),
            )
        )
        lowered = self.lines.lowered()
        self.reason.setEnabled(lowered)
        self.reason.setToolTip(
            self.tr("A price is lowered: say why (kept in the audit trail)")
            if lowered
            else self.tr("Asked when a price is lowered or a discount given")
        )

    # --- the change ----------------------------------------------------------------------------------

    def value(self) -> OrderEdit:
        commit_editor(self.table)  # a cell still being typed counts
        ship_to = self.ship_to.toPlainText().strip()
        kept = {line.sku for line in self.lines.rows()}
        return OrderEdit(
            set_lines=self.lines.changes(),
            remove=[sku for sku in self.removed if sku not in kept],
            ship_to=ship_to if ship_to != self.detail.ship_to.strip() else None,
            reason=self.reason.currentText().strip() if self.lines.lowered() else "",
        )

    def _enter_taken(self) -> bool:
        return not self.busy
