"""Purchasing › Purchase orders: the list filtered by status and, for the selected PO, its lines (ordered,
received, to come, over), its deliveries and the actions its state allows (Send, Receive…, Cancel…,
Close short…; a disabled button's tooltip says why), and Print / Preview… of its PDF (Ctrl+P)."""

from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.domain.purchase_workflow import POAction
from oms_desktop.gui import labels, operations, printing
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.dialogs.new_po import NewPODialog
from oms_desktop.gui.dialogs.opening import open_dialog
from oms_desktop.gui.dialogs.po_preview import POPreview
from oms_desktop.gui.dialogs.po_reason import POReasonDialog
from oms_desktop.gui.dialogs.receive_po import ReceivePODialog
from oms_desktop.gui.formatting import local_time, money_with_symbol
from oms_desktop.gui.models.purchase_orders import DeliveriesModel, POLinesModel, POListModel
from oms_desktop.gui.operations.purchasing import ReceiveView
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.gui.widgets.po_action_bar import POActionBar
from oms_desktop.gui.widgets.tables import make_table, set_columns
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.purchase_orders import PORecord, POSummary

KIND = "purchase_orders"


class OrdersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purchaseOrdersTab")
        self.ctx = ctx
        self.list_model = POListModel(self)
        self.lines = POLinesModel(self)
        self.deliveries = DeliveriesModel(self)
        self.detail: PORecord | None = None
        self.dialog: FormDialog | None = None
        self.preview_dialog: POPreview | None = None
        self._selected: str | None = None
        self._stale = True
        self._acting = False
        self.loading = False

        self.status = QComboBox()
        self.status.setObjectName("poStatusFilter")
        self.status.addItem(self.tr("All statuses"), None)
        for value in labels.PO_STATUSES:
            self.status.addItem(labels.status(value), value)
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button = QPushButton(self.tr("New PO…"))
        self.new_button.setObjectName("newPO")
        self.new_button.clicked.connect(self.new_po)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("poRefresh")
        self.refresh_button.clicked.connect(self.reload)

        self.table = make_table("poTable", self)
        self.table.setModel(self.list_model)
        self.table.setSortingEnabled(False)  # newest first, as the core lists them
        P = POListModel
        set_columns(
            self.table,
            {P.COL_NUMBER: 112, P.COL_STATUS: 100, P.COL_LINES: 40, P.COL_TOTAL: 80, P.COL_CREATED: 120},
            stretch=P.COL_SUPPLIER,
            hidden=[P.COL_CREATED, P.COL_SENT],  # the detail says when (the header's menu shows them)
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.heading = QLabel(self.tr("Select a purchase order"))
        self.heading.setObjectName("poHeading")
        self.heading.setProperty("role", "sum")
        self.heading.setWordWrap(True)  # a long supplier name must not push the list aside
        self.facts = QLabel()
        self.facts.setObjectName("poFacts")
        self.facts.setWordWrap(True)
        self.action_bar = POActionBar(self)
        self.action_bar.triggered.connect(self.act)
        self.action_bar.print_requested.connect(self.preview)
        QShortcut(
            QKeySequence("Ctrl+P"), self, self.preview, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.message = MessageBar(self)
        self.message.setObjectName("poMessage")
        self.lines_table = make_table("poLines", self, sortable=False)
        self.lines_table.setModel(self.lines)
        L = POLinesModel
        set_columns(
            self.lines_table,
            {
                L.COL_LINE: 30,
                L.COL_SKU: 80,
                L.COL_ORDERED: 60,
                L.COL_RECEIVED: 65,
                L.COL_TO_COME: 60,
                L.COL_OVER: 45,
                L.COL_COST: 70,
                L.COL_TOTAL: 75,
            },
            stretch=L.COL_NAME,
        )
        self.deliveries_table = make_table("poDeliveries", self, sortable=False)
        self.deliveries_table.setModel(self.deliveries)
        D = DeliveriesModel
        set_columns(
            self.deliveries_table, {D.COL_DATE: 120, D.COL_USER: 70, D.COL_GOODS: 300}, stretch=D.COL_NOTE
        )

        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Status")))
        tools.addWidget(self.status)
        tools.addStretch(1)
        tools.addWidget(self.refresh_button)
        tools.addWidget(self.new_button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(6, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(self.facts)
        detail_layout.addWidget(self.action_bar)
        detail_layout.addWidget(self.message)
        detail_layout.addWidget(self.lines_table, 3)
        deliveries_label = QLabel(self.tr("Deliveries"))
        deliveries_label.setProperty("role", "sum")
        detail_layout.addWidget(deliveries_label)
        detail_layout.addWidget(self.deliveries_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("poSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        ctx.bus.changed.connect(self._on_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # --- the list ------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        self.loading = True
        operations.purchasing.list_pos(self.status.currentData()).run(
            self.ctx.tasks, self._listed, self._failed, owner=self
        )

    def _listed(self, rows: list[POSummary]) -> None:
        self.loading = False
        self.list_model.set_rows(rows)
        if self._selected is not None and not self.select(self._selected):
            self._show(None)

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.message.show_error(error)

    def select(self, number: str) -> bool:
        """Select a PO in the list (False when the filter hides it)."""
        self._selected = number
        row = self.list_model.find(lambda s: s.number == number)
        if row is None:
            return False
        self.table.selectRow(row)
        self._load(number)
        return True

    def open_po(self, number: str) -> None:
        """Show this PO, whatever the filter: the list is read again with every status."""
        self._selected = number
        if self.status.currentIndex() != 0:
            self.status.setCurrentIndex(0)  # reloads
        else:
            self.reload()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        number = self.list_model.row_at(rows[0].row()).number
        if number != self._selected:
            self._selected = number
            self._load(number)

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(KIND):
            return
        if self.isVisible():
            self.reload()  # and the selected PO's detail with it
        else:
            self._stale = True

    # --- the detail ----------------------------------------------------------------------------------

    def _load(self, number: str) -> None:
        operations.purchasing.get_po(number).run(
            self.ctx.tasks, lambda po: self._show(po) if po.number == self._selected else None, owner=self
        )

    def _show(self, po: PORecord | None) -> None:
        self.detail = po
        if po is None:
            self.heading.setText(self.tr("Select a purchase order"))
            self.facts.clear()
            self.lines.set_rows([])
            self.deliveries.set_rows([])
            self.action_bar.show_state(None)
            return
        self.heading.setText(
            self.tr("{number} · {supplier} · {status}").format(
                number=po.number, supplier=po.supplier_name, status=labels.status(po.state)
            )
        )
        to_come = sum((line.outstanding for line in po.lines), 0)
        over = sum((line.over for line in po.lines), 0)
        facts = [
            self.tr("Total {total}").format(total=money_with_symbol(po.total, po.currency)),
            self.tr("to {location}").format(location=po.location),
            self.tr("created {when} by {user}").format(when=local_time(po.created_at), user=po.user),
        ]
        if po.sent_at is not None:
            facts.append(self.tr("sent {when}").format(when=local_time(po.sent_at)))
        if to_come:
            facts.append(self.tr("{quantity} still to come").format(quantity=to_come))
        if over:
            facts.append(self.tr("{quantity} more than ordered arrived").format(quantity=over))
        if po.notes:
            facts.append(po.notes)
        self.facts.setText(" · ".join(facts))
        self.lines.set_rows(po.lines)
        self.deliveries.set_rows(po.deliveries)
        self.action_bar.show_state(po.state, acting=self._acting)

    def preview(self) -> None:
        """The shown PO's PDF in the print preview (save as PDF, print)."""
        if self.detail is None or not printing.available():
            return
        dialog = POPreview(self.ctx.tasks, self.detail.number, self.ctx.shop, parent=self)
        self.preview_dialog = open_dialog(dialog)

    # --- actions -------------------------------------------------------------------------------------

    def act(self, action: POAction) -> None:
        po = self.detail
        if po is None:
            return
        number = po.number
        if action is POAction.SEND:
            self._run(
                operations.purchasing.send_po(number),
                self.tr("{number} sent: its lines are on order").format(number=number),
            )
        elif action is POAction.RECEIVE:
            self.receive()
        elif action in (POAction.CANCEL, POAction.CLOSE):
            closing = action is POAction.CLOSE
            dialog = POReasonDialog(number, closing, self)
            work = operations.purchasing.close_po if closing else operations.purchasing.cancel_po
            done = (
                self.tr("{number} closed short: nothing more is on order")
                if closing
                else self.tr("{number} cancelled")
            ).format(number=number)
            dialog.bind(self.ctx.tasks, lambda reason: work(number, reason), lambda _o: self._done(done))
            self.dialog = open_dialog(dialog)

    def _run(self, op: Any, success: str) -> None:
        self._acting = True
        self.action_bar.show_state(self.detail.state if self.detail else None, acting=True)

        def failed(error: BaseException) -> None:
            self._acting = False
            self.action_bar.show_state(self.detail.state if self.detail else None)
            self.message.show_error(error)

        op.run(self.ctx.tasks, lambda _o: self._done(success), failed, owner=self)

    def _done(self, text: str) -> None:
        self._acting = False
        self.message.show_success(text)

    def receive(self) -> None:
        """Open the Receive dialog on the selected PO (read again with its scannable codes)."""
        po = self.detail
        if po is None:
            return
        operations.purchasing.receive_view(po.number).run(
            self.ctx.tasks, self._open_receive, self.message.show_error, owner=self
        )

    def _open_receive(self, view: ReceiveView) -> None:
        dialog = ReceivePODialog(view, self.ctx.tasks, self)
        number = view.po.number
        dialog.bind(
            self.ctx.tasks,
            lambda value: operations.purchasing.receive_po(number, value[0], value[1]),
            self._received,
        )
        self.dialog = open_dialog(dialog)

    def _received(self, outcome: Outcome[PORecord]) -> None:
        po = outcome.value
        to_come = sum((line.outstanding for line in po.lines), 0)
        if to_come:
            text = self.tr("Delivery booked on {number}: {status}, {quantity} still to come").format(
                number=po.number, status=labels.status(po.state), quantity=to_come
            )
        else:
            text = self.tr("Delivery booked on {number}: {status}").format(
                number=po.number, status=labels.status(po.state)
            )
        self.message.show_success(text)
        self._selected = po.number
        self._show(po)

    def new_po(self) -> None:
        suppliers = operations.purchasing.list_suppliers().call(self.ctx.tasks)
        locations = operations.stock.locations().call(self.ctx.tasks)
        dialog = NewPODialog(suppliers, self.ctx.tasks, self, locations=locations)
        dialog.bind(
            self.ctx.tasks,
            lambda value: operations.purchasing.create_po(value[0], value[1], value[2], location=value[3]),
            self._created,
        )
        self.dialog = open_dialog(dialog)

    def _created(self, outcome: Outcome[PORecord]) -> None:
        po = outcome.value
        self.message.show_success(
            self.tr("{number} drafted for {supplier}: send it when it is complete").format(
                number=po.number, supplier=po.supplier_name
            )
        )
        self.open_po(po.number)
